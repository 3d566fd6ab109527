/** Secure-by-default Kubernetes workloads on EKS: deployment, exposure, policies, monitoring. */
package io.enis.constructs.k8s;

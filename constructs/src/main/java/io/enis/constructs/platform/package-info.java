/**
 * Cluster add-ons of an ENIS platform on EKS: monitoring, tracing, ingress, secrets, autoscaling,
 * backups. Each add-on is a pinned Helm chart with typed values and, where it calls AWS, its own
 * IRSA role.
 */
package io.enis.constructs.platform;

/** The five service stacks ({@code <service>-<env>}): workload, monitoring and the service's own AWS resources. */
package io.enis.stacks.services;

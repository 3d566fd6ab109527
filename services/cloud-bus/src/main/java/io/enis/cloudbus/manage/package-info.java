/**
 * The use cases behind the management routes (rules, buses, dead-letter queues), free of HTTP types:
 * each route calls one method here; refusals are the kit's domain exceptions.
 */
package io.enis.cloudbus.manage;

/** The stacks of an environment and their dependencies as a mermaid graph, from the synthesized JSON. */
package io.enis.stacks.graph;

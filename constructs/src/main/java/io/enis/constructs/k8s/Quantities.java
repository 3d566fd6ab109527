package io.enis.constructs.k8s;

import java.math.BigDecimal;

/** Kubernetes CPU and memory quantities as numbers, to compare requests with limits. */
public final class Quantities {
    private Quantities() {}

    /** Millicores of a CPU quantity ({@code 250m}, {@code 0.5}, {@code 2}). */
    public static long millicores(String cpu) {
        if (cpu.endsWith("m")) {
            return Long.parseLong(cpu.substring(0, cpu.length() - 1));
        }
        return new BigDecimal(cpu).movePointRight(3).longValueExact();
    }

    /** Mebibytes of a memory quantity ({@code 512Mi}, {@code 1Gi}). */
    public static long mebibytes(String memory) {
        long amount = Long.parseLong(memory.substring(0, memory.length() - 2));
        return memory.endsWith("Gi") ? amount * 1024 : amount;
    }
}

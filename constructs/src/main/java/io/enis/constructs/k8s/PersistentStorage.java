package io.enis.constructs.k8s;

import io.enis.constructs.core.Require;

/**
 * A persistent volume for a service's files: a ReadWriteOnce claim of {@code sizeGi} GiB from
 * {@code storageClass}, mounted at {@code mountPath}. A ReadWriteOnce volume is mounted by one pod, so
 * a deployment with storage runs exactly one replica and is replaced with the {@code Recreate}
 * strategy (the old pod releases the volume before the new one starts).
 *
 * @param mountPath required: absolute path in the container
 * @param sizeGi required: 1 to 16384
 * @param storageClass required: the StorageClass (the platform's is encrypted with its data key)
 */
public record PersistentStorage(String mountPath, Integer sizeGi, String storageClass) {
    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing or malformed */
    public PersistentStorage {
        Require require = Require.of("PersistentStorage");
        require.matches("mountPath", mountPath, "/[a-z0-9/_-]*[a-z0-9]", "use an absolute path such as /var/lib/enis");
        require.check(
                !"/tmp".equals(mountPath), "mountPath", "/tmp is the pod's scratch volume; allowed: another path");
        require.range("sizeGi", require.present("sizeGi", sizeGi), 1, 16384);
        require.matches("storageClass", storageClass, ServiceDeploymentProps.DNS_LABEL, "use the StorageClass name");
    }
}

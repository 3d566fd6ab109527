package io.enis.stacks.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LazyProviderIndexTest {
    private static final String EAGER = """
            "use strict";
            Object.defineProperty(exports, "__esModule", { value: true });
            exports.vpc = exports.s3Bucket = void 0;
            exports.s3Bucket = require("./s3-bucket");
            exports.vpc = require("./vpc");
            //# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozfQ==
            """;

    @Test
    void turnsEachEagerRequireIntoAGetter() {
        String lazy = LazyProviderIndex.lazyExports(EAGER);
        assertThat(lazy)
                .startsWith(LazyProviderIndex.MARKER)
                .contains(
                        "Object.defineProperty(exports, \"s3Bucket\", { enumerable: true, configurable: true, get: () => require(\"./s3-bucket\") });")
                .contains(
                        "Object.defineProperty(exports, \"vpc\", { enumerable: true, configurable: true, get: () => require(\"./vpc\") });")
                .doesNotContain("exports.vpc = require(")
                .contains("exports.vpc = exports.s3Bucket = void 0;", "sourceMappingURL");
    }

    @Test
    void leavesUnexpectedShapesAlone() {
        assertThat(LazyProviderIndex.lazyExports(EAGER + "const x = require('other');\n"))
                .isNull();
        assertThat(LazyProviderIndex.lazyExports("module.exports = {};\n")).isNull();
    }

    @Test
    void rewritesCachedIndexOnceAndAtomically(@TempDir Path cache) throws IOException {
        Path index = cache.resolve("@cdktf/provider-aws/18.0.3/abc123/lib/index.js");
        Files.createDirectories(index.getParent());
        Files.writeString(index, EAGER);

        Path kubernetes = cache.resolve("@cdktf/provider-kubernetes/10.1.1/def456/lib/index.js");
        Files.createDirectories(kubernetes.getParent());
        Files.writeString(kubernetes, EAGER);
        Path notAProvider = cache.resolve("@cdktf/other/1.0.0/abc/lib/index.js");
        Files.createDirectories(notAProvider.getParent());
        Files.writeString(notAProvider, EAGER);

        assertThat(LazyProviderIndex.apply(cache)).isEqualTo(2);
        assertThat(Files.readString(kubernetes)).startsWith(LazyProviderIndex.MARKER);
        assertThat(Files.readString(notAProvider)).isEqualTo(EAGER);
        String once = Files.readString(index);
        assertThat(once).startsWith(LazyProviderIndex.MARKER);
        assertThat(LazyProviderIndex.apply(cache)).isZero();
        assertThat(Files.readString(index)).isEqualTo(once);
        try (var files = Files.list(index.getParent())) {
            assertThat(files).containsExactly(index);
        }
    }

    @Test
    void noCacheNoWork(@TempDir Path cache) {
        assertThat(LazyProviderIndex.apply(cache)).isZero();
    }
}

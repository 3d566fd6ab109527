package io.enis.stacks.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes the jsii kernel load the cdktf providers about a second faster.
 *
 * <p>{@code @cdktf/provider-aws} 18's {@code lib/index.js} eagerly {@code require}s all 1,792
 * resource modules (about 1.1 s in the jsii kernel on a 2-core machine), although a stack uses a few
 * dozen; the Kubernetes provider's index does the same with 107. Later provider releases switched
 * to lazy namespaces for this reason. This class rewrites the index of every
 * {@code @cdktf/provider-*} package inside the jsii package cache
 * ({@code JSII_RUNTIME_PACKAGE_CACHE_ROOT}) so that each
 * namespace is a getter that requires its module on first use: the same exports, the same
 * modules, loaded on demand. The rewrite is atomic, idempotent (marked by a header comment) and
 * skipped when the cache does not hold the provider yet (the first synth unpacks it; the next one
 * is fast), when the file does not have the expected shape, or when {@code ENIS_LAZY_PROVIDER_INDEX=0}.
 */
public final class LazyProviderIndex {
    static final String MARKER = "/* enis: lazy namespace exports */";
    private static final Pattern EAGER_EXPORT =
            Pattern.compile("^exports\\.([A-Za-z0-9_$]+) = require\\(\"(\\./[^\"]+)\"\\);$", Pattern.MULTILINE);
    private static final Pattern ANY_REQUIRE = Pattern.compile("require\\(");

    private LazyProviderIndex() {}

    /**
     * Rewrites every cached {@code @cdktf/provider-*} index under the cache root given by the
     * environment; never fails a synth (problems are ignored: the eager index works, only slower).
     *
     * @return the number of index files rewritten now
     */
    public static int applyFromEnvironment() {
        String root = System.getenv("JSII_RUNTIME_PACKAGE_CACHE_ROOT");
        if (root == null || root.isBlank() || "0".equals(System.getenv("ENIS_LAZY_PROVIDER_INDEX"))) {
            return 0;
        }
        try {
            return apply(Path.of(root));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Rewrites {@code <cacheRoot>/@cdktf/provider-<name>/<version>/<hash>/lib/index.js} files not yet rewritten. */
    static int apply(Path cacheRoot) {
        Path packages = cacheRoot.resolve("@cdktf");
        if (!Files.isDirectory(packages)) {
            return 0;
        }
        int rewritten = 0;
        try (Stream<Path> indexes = Files.walk(packages, 5)) {
            for (Path index : indexes.filter(p -> p.endsWith(Path.of("lib", "index.js"))
                            && p.getName(packages.getNameCount()).toString().startsWith("provider-"))
                    .toList()) {
                if (rewrite(index)) {
                    rewritten++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rewritten;
    }

    private static boolean rewrite(Path index) throws IOException {
        String source = Files.readString(index, StandardCharsets.UTF_8);
        if (source.contains(MARKER)) {
            return false;
        }
        String lazy = lazyExports(source);
        if (lazy == null) {
            return false;
        }
        Path temp = index.resolveSibling("index.js.enis-tmp");
        Files.writeString(temp, lazy, StandardCharsets.UTF_8);
        Files.move(temp, index, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    /**
     * The index with each {@code exports.x = require("./x");} turned into a lazy getter, or
     * {@code null} when some {@code require} is not of that form (then the file is left alone).
     */
    static String lazyExports(String source) {
        Matcher matcher = EAGER_EXPORT.matcher(source);
        StringBuilder result = new StringBuilder(MARKER).append('\n');
        int exports = 0;
        while (matcher.find()) {
            exports++;
            matcher.appendReplacement(
                    result,
                    Matcher.quoteReplacement("Object.defineProperty(exports, \"" + matcher.group(1)
                            + "\", { enumerable: true, configurable: true, get: () => require(\"" + matcher.group(2)
                            + "\") });"));
        }
        matcher.appendTail(result);
        long requires = ANY_REQUIRE.matcher(source).results().count();
        return exports == 0 || exports != requires ? null : result.toString();
    }
}

package io.enis.stacks.synth;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts the jsii runtime and loads the cdktf and AWS provider assemblies on a background thread,
 * so that the ~2 s this takes in a new JVM overlaps with loading and validating the environment
 * files. The main thread must not call into jsii before {@link #await()} returns (jsii is not safe
 * for concurrent use); after that, everything runs on the caller's thread as before. Started at
 * most once per JVM.
 */
final class JsiiPreload {
    private static CompletableFuture<Void> loading;

    private JsiiPreload() {}

    /** Starts the preload unless it already ran in this JVM. */
    static synchronized void start() {
        if (loading == null) {
            loading = CompletableFuture.runAsync(
                    () -> {
                        LazyProviderIndex.applyFromEnvironment();
                        new AwsProvider(new TerraformStack(new App(), "preload"), "aws");
                    },
                    runnable -> {
                        Thread thread = new Thread(runnable, "jsii-preload");
                        thread.setDaemon(true);
                        thread.start();
                    });
        }
    }

    /** Waits for the preload; a failure is rethrown as it happened (e.g. Node.js missing). */
    static void await() {
        start();
        try {
            loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}

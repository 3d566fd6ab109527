package com.example.infra;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;

/** Synthesizes the example stack: {@code java ... com.example.infra.Main [outdir]} (default cdktf.out). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        String outdir = args.length > 0 ? args[0] : "cdktf.out";
        App app = new App(AppConfig.builder().outdir(outdir).stackTraces(false).build());
        new ExampleStack(app, "orders-dev");
        app.synth();
        System.out.println("wrote " + outdir + "/stacks/orders-dev/cdk.tf.json");
    }
}

import io.enis.stacks.environment.EnvironmentLoader;
import io.enis.stacks.synth.SynthReport;
import io.enis.stacks.synth.Synthesizer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * In-JVM synth timings of every stack of every environment: where the first synth's time goes
 * (JVM start, jsii start + cdktf assembly, AWS provider assembly, constructs, synth) and then
 * repeated warm re-synths, as ./infra synth --watch and the tests run them.
 *
 * Usage: java -cp <stacks classpath> bench/synth/WarmSynth.java <environments dir> <out dir> <iterations>
 */
public class WarmSynth {
    public static void main(String[] args) throws Exception {
        Path environments = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int iterations = Integer.parseInt(args[2]);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainStart = System.currentTimeMillis();

        long t0 = System.nanoTime();
        new com.hashicorp.cdktf.App(); // starts the jsii Node process and loads the cdktf assembly
        long t1 = System.nanoTime();
        Class.forName("com.hashicorp.cdktf.providers.aws.provider.AwsProvider", true, WarmSynth.class.getClassLoader());
        var probe = new com.hashicorp.cdktf.TerraformStack(new com.hashicorp.cdktf.App(), "probe");
        new com.hashicorp.cdktf.providers.aws.provider.AwsProvider(probe, "aws"); // loads the AWS provider assembly
        long t2 = System.nanoTime();

        Synthesizer synthesizer = new Synthesizer(new EnvironmentLoader(environments));
        SynthReport first = synthesizer.synth(Synthesizer.ALL, null, out);
        long t3 = System.nanoTime();

        System.out.printf("first synth in a new JVM (%d stacks, %d resources):%n", first.stacks().size(), first.totalResources());
        System.out.printf("  JVM start to main        %6d ms%n", mainStart - jvmStart);
        System.out.printf("  jsii + cdktf assembly    %6d ms%n", (t1 - t0) / 1_000_000);
        System.out.printf("  AWS provider assembly    %6d ms%n", (t2 - t1) / 1_000_000);
        System.out.printf("  constructs + synth       %6d ms (constructs %d, synth %d)%n", (t3 - t2) / 1_000_000,
                first.constructTime().toMillis(), first.synthTime().toMillis());

        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            synthesizer.synth(Synthesizer.ALL, null, out);
            warm.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(warm);
        System.out.printf("warm re-synth of all stacks, %d iterations: min %d ms, median %d ms, max %d ms%n",
                iterations, warm.get(0), warm.get(warm.size() / 2), warm.get(warm.size() - 1));
        System.out.println("RESULT java_warm_median_ms=" + warm.get(warm.size() / 2));
        System.exit(0);
    }
}

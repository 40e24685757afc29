package se.vinr.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Run as a separate process by {@link RunLockTest}: runs the {@link RunLockTest.GatedPipeline}'s job for 2280
 * 2026H1 on the job repository given as the arguments (URL, user, password), says "publishing" on
 * standard output when it reaches the publish step, and stays in that step until its standard input
 * closes, so that the test can kill it there as a power cut would.
 */
final class RunHolder {

    private RunHolder() {
    }

    public static void main(String[] args) {
        RunLockTest.GatedPipeline.Gate waitInPublish = step -> {
            if (step.equals(RunLockTest.GatedPipeline.PUBLISH)) {
                System.out.println("publishing");
                System.out.flush();
                try {
                    while (System.in.read() >= 0) {
                        // wait for the parent to close our input, or to kill us
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        RunLockTest.GatedPipeline.start(args[0], args[1], args[2], waitInPublish).getBean(JobRunner.class)
                .run(Jobs.RUN, RunLockTest.KEY, Map.of(Jobs.INPUT, RunLockTest.INPUT));
    }
}

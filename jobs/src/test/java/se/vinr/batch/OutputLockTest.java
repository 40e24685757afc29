package se.vinr.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {

    @TempDir
    Path folder;

    @Test
    void aSecondRunOnTheSameFolderIsRefusedWithAClearMessage() {
        Path lockFile = folder.resolve(".vinr.lock");
        try (OutputLock first = OutputLock.acquire(lockFile, Duration.ZERO)) {
            assertThatThrownBy(() -> OutputLock.acquire(lockFile, Duration.ofMillis(300)))
                    .isInstanceOf(OutputLock.OutputFolderException.class)
                    .hasMessageContaining("another vinr run is using the output folder " + folder)
                    .hasMessageContaining("wait until it has finished");
        }
    }

    @Test
    void theLockIsFreeAgainOnceTheFirstRunHasFinished() {
        Path lockFile = folder.resolve(".vinr.lock");
        OutputLock.acquire(lockFile, Duration.ZERO).close();
        try (OutputLock again = OutputLock.acquire(lockFile, Duration.ZERO)) {
            assertThat(Files.exists(lockFile)).isTrue();
        }
    }

    @Test
    void anUnusableOutputFolderNamesThePath() throws Exception {
        // Permission bits do not stop root, so the unusable folder is an ordinary file in its place.
        Path blocked = Files.writeString(folder.resolve("blocked"), "a file, not a folder");
        assertThatThrownBy(() -> OutputLock.acquire(blocked.resolve(".vinr.lock"), Duration.ZERO))
                .isInstanceOf(OutputLock.OutputFolderException.class)
                .hasMessageContaining(blocked.toString())
                .hasMessageContaining("--out");
    }
}

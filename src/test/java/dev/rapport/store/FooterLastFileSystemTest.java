package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.h2.store.fs.FilePath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FooterLastFileSystemTest {
    @TempDir
    Path tmp;

    @AfterEach
    void powerBackOn() {
        PowerCutFileSystem.powerOn();
    }

    private FileChannel open(Path file) throws Exception {
        PowerCutFileSystem.powerOn();
        return FilePath.get(FooterLastFileSystem.prefix() + PowerCutFileSystem.prefix() + file.toAbsolutePath())
                .open("rw");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4095, 4096, 4097, 3 * 4096, 3 * 4096 + 17})
    void everyByteIsWrittenWhereAskedAndTheWriteSaysSo(int length) throws Exception {
        Path file = tmp.resolve("data");
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        ByteBuffer src = ByteBuffer.allocate(length + 10);
        src.position(5);
        src.put(bytes);
        src.flip();
        src.position(5);
        try (FileChannel channel = open(file)) {
            assertThat(channel.write(src, 1000)).isEqualTo(length);
            assertThat(src.hasRemaining()).isFalse();
        }
        byte[] onDisk = Files.readAllBytes(file);
        assertThat(onDisk).hasSize(1000 + length);
        assertThat(java.util.Arrays.copyOfRange(onDisk, 1000, 1000 + length)).isEqualTo(bytes);
    }

    @Test
    void aChunkIsOnTheDiskBeforeItsLastBlockIsWrittenAndABlockAloneCostsNoForce() throws Exception {
        Path file = tmp.resolve("data");
        try (FileChannel channel = open(file)) {
            channel.write(ByteBuffer.allocate(4096), 0);
            assertThat(PowerCutFileSystem.forces(file)).isZero();
            channel.write(ByteBuffer.allocate(5 * 4096), 4096);
            assertThat(PowerCutFileSystem.forces(file)).isEqualTo(1);
        }
    }

    @Test
    void aPowerCutAfterTheBodyKeepsTheBodyAndNeverTheLastBlockAlone() throws Exception {
        Path file = tmp.resolve("data");
        byte[] chunk = new byte[4 * 4096];
        java.util.Arrays.fill(chunk, (byte) 7);
        try (FileChannel channel = open(file)) {
            // the body's write, then its force, then the cut instead of the last block's write
            PowerCutFileSystem.cutAtOperation(3, new Random(1));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> channel.write(ByteBuffer.wrap(chunk), 0))
                    .hasMessageContaining("power cut");
        }
        byte[] onDisk = Files.readAllBytes(file);
        assertThat(onDisk).hasSize(3 * 4096);
        assertThat(onDisk).containsOnly((byte) 7);
    }
}

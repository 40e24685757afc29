package se.vinr.extract.parquet;

import java.io.IOException;

import com.github.luben.zstd.Zstd;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Compresses Parquet pages with zstd-jni directly. parquet-java's own {@code CodecFactory} goes
 * through Hadoop's codec classes, and Hadoop must never be on vinr's runtime classpath.
 * It compresses only: vinr reads its Parquet files with DuckDB, never with parquet-java.
 */
final class ZstdCodecFactory implements CompressionCodecFactory {

    /** zstd's own default level, also parquet-java's; a fixed level keeps the bytes reproducible. */
    static final int LEVEL = 3;

    private static final BytesInputCompressor COMPRESSOR = new BytesInputCompressor() {
        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            return BytesInput.from(Zstd.compress(bytes.toByteArray(), LEVEL));
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.ZSTD;
        }

        @Override
        public void release() {
            // holds no native context: Zstd.compress allocates and frees its own per call
        }
    };

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codecName) {
        if (codecName != CompressionCodecName.ZSTD) {
            throw new IllegalArgumentException("only ZSTD is supported, not " + codecName);
        }
        return COMPRESSOR;
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codecName) {
        throw new UnsupportedOperationException("vinr reads Parquet with DuckDB, not parquet-java");
    }

    @Override
    public void release() {
        // nothing pooled
    }
}

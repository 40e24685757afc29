package se.vinr.extract.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Finds a CSV file's encoding and delimiter (docs/contract.md#2-input-files) and makes sure the whole file can be
 * decoded before a single row is read, so a broken file fails at once with the line to look at.
 *
 * <p>Encoding: a UTF-8 byte order mark decides UTF-8 (even over a profile, since a BOM cannot be
 * mistaken); otherwise the profile's encoding if it sets one, and the file is held to it; otherwise
 * UTF-8 if the whole file is well-formed UTF-8, Windows-1252 (what Excel writes on a Swedish Windows)
 * if it holds no UTF-8 character at all, and refused, naming the first line that is not UTF-8, when it
 * holds both: a file is never read whole in an encoding some of its lines are not in. The file is streamed, never held
 * in memory. Delimiter: the profile's, or whichever of {@code ;} and {@code ,} occurs more often outside
 * quotes on the header line ({@code ;} on a tie, as in Swedish exports; {@code ,} when neither occurs).
 */
public final class DialectDetector {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int BUFFER = 64 * 1024;
    private static final int HEADER_SCAN_LIMIT = 64 * 1024;

    private final Messages messages;

    public DialectDetector(Messages messages) {
        this.messages = messages;
    }

    /**
     * @throws ExtractFileException when the file cannot be read or decoded (naming the first bad line)
     */
    public CsvDialect detect(Path file, DialectSettings settings) {
        String name = file.getFileName().toString();
        try {
            boolean bom = startsWithBom(file);
            Charset encoding = bom ? StandardCharsets.UTF_8 : settings.encoding().orElse(null);
            if (encoding != null) {
                OptionalLong badLine = firstUndecodableLine(file, encoding, bom ? UTF8_BOM.length : 0);
                if (badLine.isPresent()) {
                    throw new ExtractFileException(name, badLine.getAsLong(), messages.text(
                            "file.undecodable", name, badLine.getAsLong(), displayName(encoding)));
                }
            } else {
                encoding = detectEncoding(file, name);
            }
            char delimiter = settings.delimiter().isPresent()
                    ? settings.delimiter().get()
                    : delimiterOfHeader(file, encoding, bom);
            return new CsvDialect(encoding, delimiter, bom);
        } catch (IOException e) {
            throw new ExtractFileException(name, 0, messages.text("file.unreadable", name, e.getMessage()), e);
        }
    }

    /** How an encoding is named to a user and in a profile. */
    public static String displayName(Charset encoding) {
        return encoding.equals(WINDOWS_1252) ? "Windows-1252" : encoding.name();
    }

    private Charset detectEncoding(Path file, String name) throws IOException {
        Utf8Evidence evidence = Utf8Evidence.of(file, 0);
        if (evidence.isUtf8()) {
            return StandardCharsets.UTF_8;
        }
        OptionalLong badLine = firstUndecodableLine(file, WINDOWS_1252, 0);
        if (evidence.isMixed() && badLine.isEmpty()) {
            long line = evidence.firstInvalidLine().getAsLong();
            throw new ExtractFileException(name, line, messages.text("file.mixed_encoding", name, line));
        }
        if (badLine.isPresent()) {
            throw new ExtractFileException(name, badLine.getAsLong(),
                    messages.text("file.undecodable.auto", name, badLine.getAsLong()));
        }
        return WINDOWS_1252;
    }

    private static boolean startsWithBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(UTF8_BOM.length);
            return Arrays.equals(start, UTF8_BOM);
        }
    }

    /** The 1-based line of the first byte sequence {@code encoding} cannot decode, if any. */
    static OptionalLong firstUndecodableLine(Path file, Charset encoding, long skipBytes) throws IOException {
        CharsetDecoder decoder = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        LineCounter lines = new LineCounter();
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            channel.position(skipBytes);
            boolean eof = false;
            while (true) {
                eof = channel.read(in) < 0;
                in.flip();
                CoderResult result;
                do {
                    int from = in.position();
                    out.clear();
                    result = decoder.decode(in, out, eof);
                    lines.count(in, from, in.position());
                    if (result.isError()) {
                        return OptionalLong.of(lines.current());
                    }
                } while (result.isOverflow());
                in.compact();
                if (eof) {
                    return OptionalLong.empty();
                }
            }
        }
    }

    private static char delimiterOfHeader(Path file, Charset encoding, boolean bom) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            if (bom) {
                in.skipNBytes(UTF8_BOM.length);
            }
            Reader reader = new InputStreamReader(in, encoding);
            int semicolons = 0;
            int commas = 0;
            boolean quoted = false;
            for (int i = 0, c = reader.read(); c >= 0 && i < HEADER_SCAN_LIMIT; i++, c = reader.read()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (!quoted && c == ';') {
                    semicolons++;
                } else if (!quoted && c == ',') {
                    commas++;
                }
            }
            return semicolons >= commas && semicolons > 0 ? ';' : ',';
        }
    }

    /** Counts line breaks as the CSV parser does: CRLF, LF and a lone CR each end one line. */
    private static final class LineCounter {
        private long line = 1;
        private boolean afterCarriageReturn;

        void count(ByteBuffer buffer, int from, int to) {
            for (int i = from; i < to; i++) {
                byte b = buffer.get(i);
                if (b == '\r') {
                    line++;
                } else if (b == '\n' && !afterCarriageReturn) {
                    line++;
                }
                afterCarriageReturn = b == '\r';
            }
        }

        long current() {
            return line;
        }
    }
}

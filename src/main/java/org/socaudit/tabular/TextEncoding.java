package org.socaudit.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The character set of a text file: a BOM decides; otherwise UTF-8 when every byte sequence is valid
 * UTF-8, else Windows-1252, which older council finance systems still export.
 */
record TextEncoding(Charset charset, int bomLength) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BUFFER = 1 << 16;

    /** Decides from the file's first bytes and, without a BOM, one streaming pass over the rest. */
    static TextEncoding of(Path file) throws IOException {
        byte[] head = new byte[3];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, 3);
        }
        if (read >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (read >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        if (read >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        return new TextEncoding(isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    /** The 1-based line of the first bytes after the byte order mark that are not this encoding; 0 when all are. */
    long firstMalformedLine(Path file) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        // UTF-8 and UTF-16 never decode to more chars than bytes, so an equal buffer cannot overflow.
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        long line = 1;
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            channel.position(bomLength);
            while (true) {
                boolean end = channel.read(bytes) < 0;
                bytes.flip();
                boolean error = decoder.decode(bytes, chars, end).isError();
                chars.flip();
                while (chars.hasRemaining()) {
                    line += chars.get() == '\n' ? 1 : 0;
                }
                if (error) {
                    return line;
                }
                bytes.compact();
                chars.clear();
                if (end) {
                    return 0;
                }
            }
        }
    }

    private static boolean isUtf8(Path file) throws IOException {
        return isAscii(file) || decodesAsUtf8(file);
    }

    /** Most exports are plain ASCII, which is UTF-8; checking eight bytes at a time is far quicker than decoding. */
    private static boolean isAscii(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            while (channel.read(bytes) >= 0) {
                bytes.flip();
                long high = 0;
                while (bytes.remaining() >= Long.BYTES) {
                    high |= bytes.getLong();
                }
                while (bytes.hasRemaining()) {
                    high |= bytes.get();
                }
                if ((high & 0x8080808080808080L) != 0) {
                    return false;
                }
                bytes.clear();
            }
        }
        return true;
    }

    private static boolean decodesAsUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        // UTF-8 never decodes to more chars than bytes, so an equal buffer cannot overflow.
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            while (true) {
                boolean end = channel.read(bytes) < 0;
                bytes.flip();
                if (decoder.decode(bytes, chars, end).isError()) {
                    return false;
                }
                bytes.compact();
                chars.clear();
                if (end) {
                    return !decoder.flush(chars).isError();
                }
            }
        }
    }
}

package dk.tillid.document;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import dk.tillid.document.UploadRefusedException.Reason;

/**
 * Reads a ZIP archive entry by entry with {@link ZipInputStream}, counting the bytes it actually
 * decompresses (the sizes in the headers are never trusted) and stopping at the first limit crossed:
 * the total, the number of entries, and the compression ratio of any entry over 1 MiB. Entry names
 * that climb out of the archive ({@code ..}), are absolute or hold backslashes are refused as damaged,
 * though nothing is ever written to disk. Duplicate names are refused too (which one would count?).
 */
final class BoundedZipReader {

    /** Entries smaller than this are never suspected for their compression ratio. */
    static final long RATIO_THRESHOLD_BYTES = 1024 * 1024;

    /** ZipInputStream reads its source 512 bytes at a time: the compressed count is that precise. */
    private static final int READ_AHEAD_SLACK = 512;

    @FunctionalInterface
    interface EntryHandler {
        /**
         * One entry; {@code data} yields its decompressed bytes under the limits (whatever the handler
         * leaves unread is read, and counted, after it returns).
         */
        void entry(int index, String name, boolean directory, InputStream data) throws Exception;
    }

    private final UploadLimits limits;

    BoundedZipReader(UploadLimits limits) {
        this.limits = limits;
    }

    void read(byte[] archive, EntryHandler handler) {
        CountingInput source = new CountingInput(new ByteArrayInputStream(archive));
        Set<String> names = new HashSet<>();
        long[] total = {0};
        try (ZipInputStream zip = new ZipInputStream(source, StandardCharsets.UTF_8)) {
            int index = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (index >= limits.maxArchiveEntries()) {
                    throw new UploadRefusedException(Reason.TOO_MANY_ENTRIES);
                }
                String name = entry.getName();
                if (!safe(name) || !names.add(name)) {
                    throw new UploadRefusedException(Reason.DAMAGED);
                }
                EntryData data = new EntryData(zip, source, total);
                handler.entry(index++, name, entry.isDirectory(), data);
                data.drain();
                zip.closeEntry();
            }
        } catch (ZipException e) {
            String message = String.valueOf(e.getMessage());
            throw new UploadRefusedException(message.contains("encrypted") ? Reason.ENCRYPTED : Reason.DAMAGED);
        } catch (UploadRefusedException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw Refusals.damagedUnless(e);
        }
    }

    /** Not empty, relative, no backslash, no {@code ..} segment, no control character. */
    static boolean safe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0
                || (name.length() > 1 && name.charAt(1) == ':')) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return false;
            }
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The decompressed bytes of one entry, counted as they are read. */
    private final class EntryData extends InputStream {

        private final ZipInputStream zip;
        private final CountingInput source;
        private final long compressedStart;
        private final long[] total;
        private long entryBytes;

        EntryData(ZipInputStream zip, CountingInput source, long[] total) {
            this.zip = zip;
            this.source = source;
            this.compressedStart = source.count;
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = zip.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            entryBytes += n;
            total[0] += n;
            if (total[0] > limits.maxUncompressedBytes()) {
                throw new UploadRefusedException(Reason.ARCHIVE_TOO_LARGE);
            }
            long compressed = Math.max(0, source.count - compressedStart) + READ_AHEAD_SLACK;
            if (entryBytes > RATIO_THRESHOLD_BYTES && entryBytes > compressed * limits.maxCompressionRatio()) {
                throw new UploadRefusedException(Reason.SUSPICIOUS_COMPRESSION);
            }
        }

        void drain() throws IOException {
            byte[] buffer = new byte[16 * 1024];
            while (read(buffer, 0, buffer.length) >= 0) {
                // counted in read
            }
        }

        @Override
        public void close() {
            // the archive stays open for the next entry
        }
    }

    /** Counts the bytes the ZIP reader takes from the archive. */
    private static final class CountingInput extends FilterInputStream {

        long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += Math.max(0, skipped);
            return skipped;
        }
    }
}

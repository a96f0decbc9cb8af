package dk.tillid.document;

/**
 * How much an upload may weigh: its own size, what its archive (DOCX, ODT) or compressed streams
 * (PDF) may expand to, how many parts an archive may hold, how strongly one part may be compressed,
 * and how many pixels an image may have.
 */
record UploadLimits(long maxBytes, long maxUncompressedBytes, int maxArchiveEntries, int maxCompressionRatio,
        long maxImagePixels) {

    UploadLimits {
        if (maxBytes <= 0 || maxUncompressedBytes <= 0 || maxArchiveEntries <= 0 || maxCompressionRatio <= 0
                || maxImagePixels <= 0) {
            throw new IllegalArgumentException("Every upload limit must be positive.");
        }
    }

    /** 10 MiB, 50 MiB uncompressed, 1000 archive entries, compression ratio 100, 40 million pixels. */
    static UploadLimits defaults() {
        return new UploadLimits(10L * 1024 * 1024, 50L * 1024 * 1024, 1000, 100, 40_000_000L);
    }
}

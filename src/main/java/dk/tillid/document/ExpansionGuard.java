package dk.tillid.document;

import dk.tillid.document.UploadRefusedException.Reason;

/**
 * Counts what the compressed streams of one PDF expand to, refusing before a decompression bomb is
 * expanded in memory. Streams that are not images share the {@code maxUncompressedBytes} budget, and
 * one over 1 MiB may not expand more than {@code maxCompressionRatio} times. An image (which text
 * extraction never decodes) may expand to no more than its declared raster, and all images together
 * to no more than {@link #IMAGE_BUDGET_FACTOR} times the budget.
 */
final class ExpansionGuard {

    /**
     * Images together get one budget more, not more: a stream only looks like an image to the scan
     * before loading, and what looks like one may be read as page content.
     */
    static final int IMAGE_BUDGET_FACTOR = 1;

    private final UploadLimits limits;
    private long plainTotal;
    private long imageTotal;

    ExpansionGuard(UploadLimits limits) {
        this.limits = limits;
    }

    /** @param imageRaster the most an image may decode to, or a negative number for anything else */
    Stream stream(long imageRaster) {
        return new Stream(imageRaster);
    }

    /** The most bytes a declared image may decode to: up to 4 components and a predictor byte a row. */
    long imageRaster(long width, long height, long bitsPerComponent) {
        if (width <= 0 || height <= 0 || width * height > limits.maxImagePixels()) {
            return -1;
        }
        long bits = Math.min(Math.max(bitsPerComponent, 1), 16);
        long row = (width * 4 * bits + 7) / 8 + 1;
        return row * height + 1024;
    }

    final class Stream {

        private final long imageRaster;
        private long produced;

        private Stream(long imageRaster) {
            this.imageRaster = imageRaster;
        }

        /** {@code n} more bytes came out of {@code consumed} compressed bytes so far. */
        void produced(long n, long consumed) {
            produced += n;
            if (imageRaster >= 0) {
                imageTotal += n;
                if (produced > imageRaster) {
                    throw new UploadRefusedException(Reason.SUSPICIOUS_COMPRESSION);
                }
                if (imageTotal > IMAGE_BUDGET_FACTOR * limits.maxUncompressedBytes()) {
                    throw new UploadRefusedException(Reason.ARCHIVE_TOO_LARGE);
                }
                return;
            }
            plainTotal += n;
            if (plainTotal > limits.maxUncompressedBytes()) {
                throw new UploadRefusedException(Reason.ARCHIVE_TOO_LARGE);
            }
            if (produced > BoundedZipReader.RATIO_THRESHOLD_BYTES
                    && produced > Math.max(consumed, 1) * limits.maxCompressionRatio()) {
                throw new UploadRefusedException(Reason.SUSPICIOUS_COMPRESSION);
            }
        }
    }
}

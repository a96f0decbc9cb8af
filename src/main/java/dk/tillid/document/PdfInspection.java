package dk.tillid.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import dk.tillid.document.UploadRefusedException.Reason;

/**
 * PDF: refused when encrypted; otherwise stripped of what runs or hides (JavaScript and other
 * launching actions, additional actions, embedded files and their annotations, XFA, multimedia
 * annotations) and of its metadata (document information, every XMP stream, application data
 * (PieceInfo), modification dates (LastModified), the file identifier), its text extracted, and saved anew by PDFBox (which writes
 * only the objects still in use, so earlier revisions go too).
 */
final class PdfInspection {

    record Result(byte[] content, String text) {
    }

    /** Actions that run code, launch or fetch files, or send data. GoTo, URI (but javascript:) and named stay. */
    private static final Set<String> DANGEROUS_ACTIONS = Set.of("JavaScript", "Launch", "ImportData", "SubmitForm",
            "Rendition", "RichMediaExecute", "GoToE", "GoToR", "GoTo3DView", "Movie", "Sound");

    /** Annotations that carry files, multimedia or 3D (which may carry scripts). */
    private static final Set<String> DANGEROUS_ANNOTATIONS = Set.of("FileAttachment", "RichMedia", "Screen", "Movie",
            "Sound", "3D");

    /** Removed from every dictionary in the file. */
    private static final List<COSName> REMOVED_KEYS = List.of(COSName.AA, COSName.JS, COSName.JAVA_SCRIPT,
            COSName.EMBEDDED_FILES, COSName.EF, COSName.getPDFName("RF"), COSName.XFA, COSName.COLLECTION,
            COSName.METADATA, COSName.PIECE_INFO, COSName.LAST_MODIFIED);

    /** A stream with this filter alone was counted by the scan before loading. */
    private static final Set<COSName> FLATE = Set.of(COSName.FLATE_DECODE, COSName.FLATE_DECODE_ABBREVIATION);

    /** Filters that PDFBox applies to content, fonts and structure (not image codecs). */
    private static final Set<COSName> GENERAL = Set.of(COSName.FLATE_DECODE, COSName.FLATE_DECODE_ABBREVIATION,
            COSName.LZW_DECODE, COSName.LZW_DECODE_ABBREVIATION, COSName.RUN_LENGTH_DECODE,
            COSName.RUN_LENGTH_DECODE_ABBREVIATION, COSName.ASCII_HEX_DECODE, COSName.ASCII_HEX_DECODE_ABBREVIATION,
            COSName.ASCII85_DECODE, COSName.ASCII85_DECODE_ABBREVIATION);

    private final UploadLimits limits;

    PdfInspection(UploadLimits limits) {
        this.limits = limits;
    }

    Result inspect(byte[] pdf) {
        ExpansionGuard guard = new ExpansionGuard(limits);
        PdfFlateScan.check(pdf, guard);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                throw new UploadRefusedException(Reason.ENCRYPTED);
            }
            if (document.getNumberOfPages() < 1) {
                throw new UploadRefusedException(Reason.DAMAGED);
            }
            clean(document, guard);
            String text = text(document);
            ByteArrayOutputStream cleaned = new ByteArrayOutputStream(pdf.length + 1024);
            document.save(cleaned);
            return new Result(cleaned.toByteArray(), text);
        } catch (InvalidPasswordException e) {
            throw new UploadRefusedException(Reason.ENCRYPTED);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw Refusals.damagedUnless(e);
        }
    }

    private static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        ExtractedText text = new ExtractedText();
        try {
            stripper.writeText(document, new Writer() {
                @Override
                public void write(char[] chars, int offset, int length) throws IOException {
                    text.append(chars, offset, length);
                    if (text.full()) {
                        throw new TextFull();
                    }
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            });
        } catch (TextFull enough) {
            // the cap is reached: the rest is not read
        }
        return text.toString().strip();
    }

    private static final class TextFull extends IOException {
        private static final long serialVersionUID = 1L;

        TextFull() {
            super("The text cap is reached.");
        }
    }

    private void clean(PDDocument document, ExpansionGuard guard) throws IOException {
        COSDictionary trailer = document.getDocument().getTrailer();
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSBase openAction = catalog.getDictionaryObject(COSName.OPEN_ACTION);
        if (openAction instanceof COSDictionary action && !"GoTo".equals(action.getNameAsString(COSName.S))) {
            catalog.removeItem(COSName.OPEN_ACTION);
        }
        document.setDocumentInformation(new PDDocumentInformation());
        trailer.removeItem(COSName.ID);
        walk(trailer, guard);
    }

    /** Every object reachable from the trailer, once, without recursion (a hostile file nests deeply). */
    private static void walk(COSDictionary trailer, ExpansionGuard guard) throws IOException {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(trailer);
        while (!todo.isEmpty()) {
            COSBase object = dereference(todo.pop());
            if (object == null || !seen.add(object)) {
                continue;
            }
            if (object instanceof COSDictionary dictionary) {
                REMOVED_KEYS.forEach(dictionary::removeItem);
                if (dictionary instanceof COSStream stream) {
                    checkExpansion(stream, guard);
                }
                for (COSName key : new ArrayList<>(dictionary.keySet())) {
                    COSBase value = dereference(dictionary.getItem(key));
                    if (dangerous(value)) {
                        dictionary.removeItem(key);
                    } else if (value instanceof COSDictionary || value instanceof COSArray) {
                        todo.push(value);
                    }
                }
            } else if (object instanceof COSArray array) {
                for (int i = array.size() - 1; i >= 0; i--) {
                    COSBase value = dereference(array.get(i));
                    if (dangerous(value)) {
                        array.remove(i);
                    } else if (value instanceof COSDictionary || value instanceof COSArray) {
                        todo.push(value);
                    }
                }
            }
        }
    }

    private static COSBase dereference(COSBase object) {
        return object instanceof COSObject indirect ? indirect.getObject() : object;
    }

    private static boolean dangerous(COSBase object) {
        if (!(object instanceof COSDictionary dictionary) || object instanceof COSStream) {
            return false;
        }
        String action = dictionary.getNameAsString(COSName.S);
        if (action != null && DANGEROUS_ACTIONS.contains(action)) {
            return true;
        }
        if ("URI".equals(action)) {
            String uri = dictionary.getString(COSName.URI);
            return uri != null && uri.strip().toLowerCase(Locale.ROOT).startsWith("javascript:");
        }
        String subtype = dictionary.getNameAsString(COSName.SUBTYPE);
        return subtype != null && DANGEROUS_ANNOTATIONS.contains(subtype)
                && !COSName.XOBJECT.getName().equals(dictionary.getNameAsString(COSName.TYPE));
    }

    /**
     * Every stream whose filters are more than a single FlateDecode (which the scan before loading
     * has counted) is decoded here, counted and thrown away, before the text extraction expands it in
     * memory: LZW, RunLength, and chains such as [/ASCIIHexDecode /FlateDecode] that the scan cannot
     * see into.
     */
    private static void checkExpansion(COSStream stream, ExpansionGuard guard) throws IOException {
        List<COSName> filters = new ArrayList<>();
        COSBase declared = stream.getFilters();
        if (declared instanceof COSName name) {
            filters.add(name);
        } else if (declared instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (!(dereference(array.get(i)) instanceof COSName name) || !GENERAL.contains(name)) {
                    break;
                }
                filters.add(name);
            }
        }
        filters.removeIf(name -> !GENERAL.contains(name));
        if (filters.isEmpty() || filters.size() == 1 && FLATE.contains(filters.get(0))) {
            return;
        }
        long raster = COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                ? guard.imageRaster(stream.getInt(COSName.WIDTH), stream.getInt(COSName.HEIGHT),
                        stream.getInt(COSName.BITS_PER_COMPONENT, 8))
                : -1;
        byte[] input = null;
        long consumed = stream.getLength();
        for (int i = 0; i < filters.size(); i++) {
            Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
            boolean last = i == filters.size() - 1;
            CountingOutput output = new CountingOutput(guard.stream(raster), consumed, !last);
            try (InputStream in = input == null ? stream.createRawInputStream()
                    : new java.io.ByteArrayInputStream(input)) {
                filter.decode(in, output, stream, i);
            }
            input = output.kept == null ? null : output.kept.toByteArray();
            consumed = output.count;
        }
    }

    private static final class CountingOutput extends OutputStream {

        private final ExpansionGuard.Stream stream;
        private final long consumed;
        final ByteArrayOutputStream kept;
        long count;

        CountingOutput(ExpansionGuard.Stream stream, long consumed, boolean keep) {
            this.stream = stream;
            this.consumed = consumed;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
            stream.produced(len, consumed);
            if (kept != null) {
                kept.write(b, off, len);
            }
        }
    }
}

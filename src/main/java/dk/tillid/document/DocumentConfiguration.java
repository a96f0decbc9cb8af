package dk.tillid.document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The upload limits: the size is configurable; what an archive may expand to follows from the defaults. */
@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

    @Bean
    UploadInspector uploadInspector(@Value("${tillid.documents.max-size:10MB}") DataSize maxSize) {
        UploadLimits defaults = UploadLimits.defaults();
        return new UploadInspector(new UploadLimits(maxSize.toBytes(), defaults.maxUncompressedBytes(),
                defaults.maxArchiveEntries(), defaults.maxCompressionRatio(), defaults.maxImagePixels()));
    }
}

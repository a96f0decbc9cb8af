package dk.tillid.privacy.keys;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
class KeyConfiguration {

    @Bean
    WrappingKey masterKey(@Value("${tillid.keys.master-key:}") String keyset,
                        @Value("${tillid.keys.master-key-file}") Path file) {
        return StringUtils.hasText(keyset) ? WrappingKey.fromKeyset(keyset) : WrappingKey.fromFile(file);
    }
}

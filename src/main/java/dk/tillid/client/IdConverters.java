package dk.tillid.client;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets pages and the API address clients and job orders by id; a malformed id is a bad request. */
final class IdConverters {

    private IdConverters() {
    }

    @Component
    static class ClientIdConverter implements Converter<String, ClientId> {

        @Override
        public ClientId convert(String text) {
            return ClientId.parse(text.strip());
        }
    }

    @Component
    static class JobOrderIdConverter implements Converter<String, JobOrderId> {

        @Override
        public JobOrderId convert(String text) {
            return JobOrderId.parse(text.strip());
        }
    }
}

package dk.tillid;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;

/**
 * A flash attribute, as if the previous redirect had left it. MockMvc's own {@code flashAttr} puts
 * it into the servlet container's session, which Spring Session (sessions in the database) never
 * reads; this hands it to the request directly, as the flash map manager would.
 */
public final class Flash {

    private Flash() {
    }

    public static RequestPostProcessor attribute(String name, Object value) {
        return request -> {
            FlashMap flash = new FlashMap();
            flash.put(name, value);
            request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, flash);
            return request;
        };
    }
}

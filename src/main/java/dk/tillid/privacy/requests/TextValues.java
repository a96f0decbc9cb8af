package dk.tillid.privacy.requests;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The texts inside a value of the personal-data SPI: a string, or the strings in a list, a map or a
 * record (a module may hand over its own record, such as a referee), however deep. Rewriting them
 * makes a copy only where a text changed; a record with a changed text becomes a map of its
 * components, which the JSON file writes the same way.
 */
final class TextValues {

    private TextValues() {
    }

    /** Each text, in the order {@link #map} meets them, without copying anything on the way. */
    static void forEach(Object value, Consumer<String> action) {
        if (value instanceof String text) {
            action.accept(text);
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(inner -> forEach(inner, action));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(inner -> forEach(inner, action));
        } else if (value instanceof Record record) {
            components(record).values().forEach(inner -> forEach(inner, action));
        }
    }

    static Object map(Object value, UnaryOperator<String> rewrite) {
        if (value instanceof String text) {
            return rewrite.apply(text);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            boolean changed = false;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object rewritten = map(entry.getValue(), rewrite);
                changed |= rewritten != entry.getValue();
                copy.put(entry.getKey(), rewritten);
            }
            return changed ? copy : value;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> copy = new ArrayList<>(collection.size());
            boolean changed = false;
            for (Object element : collection) {
                Object rewritten = map(element, rewrite);
                changed |= rewritten != element;
                copy.add(rewritten);
            }
            return changed ? copy : value;
        }
        if (value instanceof Record record) {
            Map<String, Object> components = components(record);
            Object rewritten = map(components, rewrite);
            return rewritten == components ? value : rewritten;
        }
        return value;
    }

    private static Map<String, Object> components(Record record) {
        Map<String, Object> components = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                var accessor = component.getAccessor();
                accessor.trySetAccessible();
                components.put(component.getName(), accessor.invoke(record));
            } catch (ReflectiveOperationException unreadable) {
                throw new IllegalStateException("A record of the personal-data SPI cannot be read: "
                        + record.getClass().getSimpleName(), unreadable);
            }
        }
        return components;
    }
}

package dk.tillid.privacy.processors;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.tillid.policy.Policy;
import dk.tillid.policy.ProcessorDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The processor register. A processor names categories the policy has; one outside the EU/EEA
 * needs a safeguard (GDPR Art. 44-46); a sub-processor's parent is a registered processor.
 */
@Service
@Transactional
public class ProcessorRegister implements ProcessorDirectory {

    private final JdbcClient jdbc;
    private final Policy policy;
    private final Clock clock;

    ProcessorRegister(JdbcClient jdbc, Policy policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Processor> all() {
        return jdbc.sql("SELECT * FROM processor ORDER BY active DESC, name").query(ProcessorRegister::map).list();
    }

    @Transactional(readOnly = true)
    public Optional<Processor> find(UUID id) {
        return jdbc.sql("SELECT * FROM processor WHERE id = :id").param("id", id).query(ProcessorRegister::map).optional();
    }

    /** The processors in use without a data processing agreement (P-SEC-5): the DPO's pages warn of them. */
    @Transactional(readOnly = true)
    public List<Processor> withoutAgreement() {
        return all().stream().filter(Processor::active).filter(p -> !p.hasAgreement()).toList();
    }

    /** @throws IllegalArgumentException with a message key when a rule across fields is broken */
    UUID create(ProcessorForm form) {
        UUID id = UUID.randomUUID();
        check(id, form);
        jdbc.sql("""
                        INSERT INTO processor (id, name, service, agreement_reference, agreement_signed_on, categories,
                          country, safeguard, parent_id, active, updated_at)
                        VALUES (:id, :name, :service, :agreement, :signed, string_to_array(:categories, ','), :country,
                          :safeguard, :parent, true, :now)""")
                .params(parameters(id, form))
                .update();
        return id;
    }

    void update(UUID id, ProcessorForm form) {
        check(id, form);
        int updated = jdbc.sql("""
                        UPDATE processor SET name = :name, service = :service, agreement_reference = :agreement,
                          agreement_signed_on = :signed, categories = string_to_array(:categories, ','), country = :country,
                          safeguard = :safeguard, parent_id = :parent, updated_at = :now
                        WHERE id = :id""")
                .params(parameters(id, form))
                .update();
        if (updated != 1) {
            throw new IllegalArgumentException("processor.unknown");
        }
    }

    /** No longer used; kept in the register, out of the record of processing. */
    void deactivate(UUID id) {
        jdbc.sql("UPDATE processor SET active = false, updated_at = :now WHERE id = :id")
                .param("id", id).param("now", Timestamp.from(clock.instant())).update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegisteredProcessor> activeProcessors() {
        List<Processor> all = all();
        Map<UUID, String> names = all.stream().collect(Collectors.toMap(Processor::id, Processor::name));
        return all.stream().filter(Processor::active)
                .map(p -> new RegisteredProcessor(p.name(), p.service(), p.agreementReference(), p.categories(),
                        p.country(), p.safeguard(), p.parentId() == null ? null : names.get(p.parentId())))
                .toList();
    }

    private void check(UUID id, ProcessorForm form) {
        for (String category : form.categories()) {
            if (policy.findCategory(category).isEmpty()) {
                throw new IllegalArgumentException("processor.categories.unknown");
            }
        }
        String country = form.country().toUpperCase(Locale.ROOT);
        if (!Arrays.asList(Locale.getISOCountries()).contains(country)) {
            throw new IllegalArgumentException("processor.country.invalid");
        }
        if (!EEA.contains(country) && (form.safeguard() == null || form.safeguard().isBlank())) {
            throw new IllegalArgumentException("processor.safeguard.missing");
        }
        UUID parent = parent(form);
        if (parent != null && (find(parent).isEmpty() || ancestorsOf(parent).contains(id))) {
            throw new IllegalArgumentException("processor.parent.invalid");
        }
    }

    /** The processor itself and every processor above it: a sub-processor may not be its own ancestor. */
    private java.util.Set<UUID> ancestorsOf(UUID processor) {
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        for (UUID current = processor; current != null && seen.add(current); ) {
            current = find(current).map(Processor::parentId).orElse(null);
        }
        return seen;
    }

    private UUID parent(ProcessorForm form) {
        try {
            return form.parentId() == null || form.parentId().isBlank() ? null : UUID.fromString(form.parentId());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("processor.parent.invalid");
        }
    }

    private Map<String, Object> parameters(UUID id, ProcessorForm form) {
        Function<String, String> blankToNull = text -> text == null || text.isBlank() ? null : text.strip();
        var values = new java.util.HashMap<String, Object>();
        values.put("id", id);
        values.put("name", form.name().strip());
        values.put("service", form.service().strip());
        values.put("agreement", blankToNull.apply(form.agreementReference()));
        values.put("signed", form.agreementSignedOn() == null ? null : Date.valueOf(form.agreementSignedOn()));
        values.put("categories", String.join(",", form.categories()));
        values.put("country", form.country().toUpperCase(Locale.ROOT));
        values.put("safeguard", blankToNull.apply(form.safeguard()));
        values.put("parent", parent(form));
        values.put("now", Timestamp.from(clock.instant()));
        return values;
    }

    private static Processor map(ResultSet row, int n) throws SQLException {
        Date signed = row.getDate("agreement_signed_on");
        return new Processor(row.getObject("id", UUID.class), row.getString("name"), row.getString("service"),
                row.getString("agreement_reference"), signed == null ? null : signed.toLocalDate(),
                Arrays.asList((String[]) row.getArray("categories").getArray()), row.getString("country"),
                row.getString("safeguard"), row.getObject("parent_id", UUID.class), row.getBoolean("active"));
    }
}

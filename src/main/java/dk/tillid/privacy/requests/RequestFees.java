package dk.tillid.privacy.requests;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reasonable fee for a request (Art. 12(5), 15(3)): answering is free, except a further copy (a
 * repeated request) or a request the DPO found excessive, and then only with a recorded reason the
 * person is told. One fee per request; charging again replaces it.
 */
@Service
@Transactional(noRollbackFor = RequestRefusal.class)
public class RequestFees {

    static final BigDecimal MAX = new BigDecimal("10000");

    public record Fee(BigDecimal amountDkk, String reason) {
    }

    private final RequestRepository requests;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    RequestFees(RequestRepository requests, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public void charge(RequestId id, BigDecimal amountDkk, String reason) {
        SubjectRequest request = requests.find(id).orElseThrow(SubjectRequests.UnknownRequestException::new);
        if (!request.isOpen()) {
            throw new RequestRefusal("request.closed", "The request is answered already");
        }
        if (request.flag() == null) {
            throw new RequestRefusal("request.fee.notAllowed", "A fee only for a repeated or an excessive request");
        }
        if (amountDkk == null || amountDkk.signum() <= 0 || amountDkk.compareTo(MAX) > 0 || amountDkk.scale() > 2) {
            throw new RequestRefusal("request.fee.amount.invalid", "A fee is more than 0 and at most " + MAX + " kroner");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new RequestRefusal("request.fee.noReason", "A fee needs its reason");
        }
        jdbc.sql("""
                        INSERT INTO request_fee (request_id, amount_dkk, reason, recorded_at, recorded_by)
                        VALUES (:id, :amount, :reason, :at, :by)
                        ON CONFLICT (request_id) DO UPDATE SET amount_dkk = :amount, reason = :reason, recorded_at = :at,
                          recorded_by = :by""")
                .param("id", id.value()).param("amount", amountDkk).param("reason", reason.strip())
                .param("at", Timestamp.from(clock.instant())).param("by", audit.currentActor().toString())
                .update();
        audit.change(request.subject(), SubjectRequests.PURPOSE, AuditAction.UPDATE, SubjectRequests.CATEGORY);
    }

    /** The fee charged for a request, if any (read with the request, which is audited there). */
    @Transactional(readOnly = true)
    public Optional<Fee> of(RequestId id) {
        return jdbc.sql("SELECT amount_dkk, reason FROM request_fee WHERE request_id = :id").param("id", id.value())
                .query((row, n) -> new Fee(row.getBigDecimal("amount_dkk"), row.getString("reason"))).optional();
    }
}

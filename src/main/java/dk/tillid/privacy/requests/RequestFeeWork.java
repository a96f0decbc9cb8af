package dk.tillid.privacy.requests;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The fee panel on the DPO's request page: only where a fee may be charged (a flagged request), or was. */
@Component
class RequestFeeWork implements RequestWork {

    private final RequestFees fees;

    RequestFeeWork(RequestFees fees) {
        this.fees = fees;
    }

    @Override
    public Optional<Panel> panel(SubjectRequest request, Locale locale) {
        Optional<RequestFees.Fee> fee = fees.of(request.id());
        if (request.flag() == null && fee.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("fee", fee.orElse(null));
        model.put("open", request.isOpen());
        return Optional.of(new Panel("privacy/request-fee", "fee", model));
    }

    @Override
    public Optional<String> unfinished(SubjectRequest request) {
        return Optional.empty();
    }
}

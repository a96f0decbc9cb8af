package dk.tillid.privacy.requests;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DPO charges a fee for a repeated or excessive request, with the reason the person is told. */
@Controller
class RequestFeeController {

    private final RequestFees fees;

    RequestFeeController(RequestFees fees) {
        this.fees = fees;
    }

    @PostMapping("/dpo/requests/{id}/fee")
    String charge(@PathVariable UUID id, @RequestParam(defaultValue = "") String amount,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            fees.charge(new RequestId(id), kroner(amount), reason);
            redirect.addFlashAttribute("saved", "request.fee.charged");
        } catch (RequestRefusal refused) {
            redirect.addFlashAttribute("refused", refused.key());
        }
        return "redirect:/dpo/requests/" + id;
    }

    /** Kroner with a decimal comma or point (150, 150,50, 150.50); anything else is no amount. */
    private static BigDecimal kroner(String amount) {
        try {
            return new BigDecimal(amount.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

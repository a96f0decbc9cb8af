package dk.tillid.outreach;

import java.util.UUID;

import dk.tillid.person.PersonKind;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Newsletters and campaigns for recruiters: write a draft, see who would receive it now, send it,
 * follow its progress (the page reloads itself every few seconds while it is being sent), stop it.
 */
@Controller
@RequestMapping("/campaigns")
class CampaignController {

    /** Seconds between reloads of a campaign being sent. */
    static final int REFRESH_SECONDS = 2;

    private final Campaigns campaigns;

    CampaignController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping
    ModelAndView list() {
        return new ModelAndView("outreach/campaigns").addObject("campaigns", campaigns.newest());
    }

    @GetMapping("/new")
    ModelAndView blank() {
        return form(CampaignForm.empty(), null);
    }

    @PostMapping("/new")
    ModelAndView create(@Valid @ModelAttribute("form") CampaignForm form, BindingResult result) {
        if (!result.hasErrors()) {
            try {
                CampaignId id = campaigns.create(form);
                return new ModelAndView("redirect:/campaigns/" + id.value());
            } catch (IllegalArgumentException refused) {
                result.reject("campaign.refused", new Object[] {refused.getMessage()}, refused.getMessage());
            }
        }
        return invalid(form(form, null), result);
    }

    @GetMapping("/{id}")
    ModelAndView show(@PathVariable UUID id, HttpServletResponse response) {
        CampaignId campaignId = new CampaignId(id);
        Campaign campaign = campaigns.get(campaignId);
        ModelAndView page = new ModelAndView("outreach/campaign").addObject("campaign", campaign);
        if (campaign.isDraft()) {
            page.addObject("preview", campaigns.preview(campaignId));
        } else {
            page.addObject("progress", campaigns.progress(campaignId));
        }
        if (campaign.isSending()) {
            // Progress without script: the browser reloads the page (the Refresh header of HTML).
            response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
        }
        return page;
    }

    @GetMapping("/{id}/edit")
    ModelAndView edit(@PathVariable UUID id) {
        Campaign campaign = campaigns.get(new CampaignId(id));
        return form(CampaignForm.of(campaign), campaign.id());
    }

    @PostMapping("/{id}/edit")
    ModelAndView revise(@PathVariable UUID id, @Valid @ModelAttribute("form") CampaignForm form, BindingResult result,
                        RedirectAttributes redirect) {
        CampaignId campaignId = new CampaignId(id);
        campaigns.get(campaignId);
        if (!result.hasErrors()) {
            try {
                campaigns.revise(campaignId, form);
                redirect.addFlashAttribute("saved", "campaign.saved");
                return new ModelAndView("redirect:/campaigns/" + id);
            } catch (IllegalArgumentException | IllegalStateException refused) {
                result.reject("campaign.refused", new Object[] {refused.getMessage()}, refused.getMessage());
            }
        }
        return invalid(form(form, campaignId), result);
    }

    @PostMapping("/{id}/send")
    String send(@PathVariable UUID id, RedirectAttributes redirect) {
        return step(id, redirect, "campaign.sending", () -> campaigns.send(new CampaignId(id)));
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
        return step(id, redirect, "campaign.cancelled", () -> campaigns.cancel(new CampaignId(id)));
    }

    private String step(UUID id, RedirectAttributes redirect, String done, Runnable step) {
        campaigns.get(new CampaignId(id));
        try {
            step.run();
            redirect.addFlashAttribute("saved", done);
        } catch (IllegalStateException refused) {
            redirect.addFlashAttribute("refused", "campaign.stepRefused");
        }
        return "redirect:/campaigns/" + id;
    }

    private static ModelAndView form(CampaignForm form, CampaignId id) {
        return new ModelAndView("outreach/campaign-form").addObject("form", form).addObject("id", id)
                .addObject("kinds", PersonKind.values());
    }

    private static ModelAndView invalid(ModelAndView page, BindingResult result) {
        page.addObject(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), result);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}

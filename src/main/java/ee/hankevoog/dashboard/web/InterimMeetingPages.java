package ee.hankevoog.dashboard.web;

import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.ContractRegistration;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.WebUtils;

/**
 * An officer calls an interim meeting from the contract page: a confirmation page first, then one meeting per
 * confirmation. The confirmation carries a one-time token, so a double click, a reload or the browser's back
 * button cannot open a second meeting; after it the browser is sent back to the contract page.
 */
@Controller
class InterimMeetingPages {

    private static final String TOKENS = InterimMeetingPages.class.getName() + ".tokens";

    private final ContractLookup contracts;
    private final ContractRegistration registration;

    InterimMeetingPages(ContractLookup contracts, ContractRegistration registration) {
        this.contracts = contracts;
        this.registration = registration;
    }

    @GetMapping("/contracts/{number}/interim-meeting")
    String confirm(@PathVariable String number, Model model, HttpSession session) {
        model.addAttribute("contract", contracts.require(number));
        String token = UUID.randomUUID().toString();
        tokens(session).put(token, number);
        model.addAttribute("token", token);
        return "interim-meeting";
    }

    @PostMapping("/contracts/{number}/interim-meeting")
    String call(@PathVariable String number, @RequestParam String token, HttpSession session) {
        // removing is atomic: of two requests with one token, one finds it
        if (!tokens(session).remove(token, number)) {
            return "redirect:/contracts/" + number + "?interimMeeting=already";
        }
        registration.callInterimMeeting(number);
        return "redirect:/contracts/" + number + "?interimMeeting=called";
    }

    /** The confirmations this session was shown and has not used, each for its contract. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> tokens(HttpSession session) {
        synchronized (WebUtils.getSessionMutex(session)) {
            Object tokens = session.getAttribute(TOKENS);
            if (tokens == null) {
                tokens = new ConcurrentHashMap<String, String>();
                session.setAttribute(TOKENS, tokens);
            }
            return (Map<String, String>) tokens;
        }
    }
}

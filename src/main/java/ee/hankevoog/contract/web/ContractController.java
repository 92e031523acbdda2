package ee.hankevoog.contract.web;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.ContractRegistration;
import ee.hankevoog.contract.NewContract;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contracts")
class ContractController {

    private final ContractRegistration registration;
    private final ContractLookup contracts;

    ContractController(ContractRegistration registration, ContractLookup contracts) {
        this.registration = registration;
        this.contracts = contracts;
    }

    @PostMapping
    ResponseEntity<ContractView> register(@Valid @RequestBody NewContract request) {
        Contract contract = registration.register(request.toContract());
        return ResponseEntity.created(URI.create("/api/contracts/" + contract.number()))
                .body(ContractView.of(contract));
    }

    @GetMapping("/{number}")
    ContractView get(@PathVariable String number) {
        return ContractView.of(contracts.require(number));
    }

    @PostMapping("/{number}/interim-meetings")
    ResponseEntity<Void> callInterimMeeting(@PathVariable String number) {
        registration.callInterimMeeting(number);
        return ResponseEntity.accepted().build();
    }
}

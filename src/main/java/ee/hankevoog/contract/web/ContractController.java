package ee.hankevoog.contract.web;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.ContractRegistration;
import ee.hankevoog.contract.DaysProposal;
import ee.hankevoog.contract.GroupCancellation;
import ee.hankevoog.contract.GroupRescheduling;
import ee.hankevoog.contract.NewContract;
import ee.hankevoog.contract.TrainerChange;
import ee.hankevoog.contract.NewContract;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contracts")
class ContractController {

    private final ContractRegistration registration;
    private final ContractLookup contracts;
    private final GroupCancellation cancellation;
    private final GroupRescheduling rescheduling;
    private final TrainerChange trainerChange;
    private final DaysProposal proposals;

    ContractController(ContractRegistration registration, ContractLookup contracts, GroupCancellation cancellation,
            GroupRescheduling rescheduling, TrainerChange trainerChange, DaysProposal proposals) {
        this.proposals = proposals;
        this.registration = registration;
        this.contracts = contracts;
        this.cancellation = cancellation;
        this.rescheduling = rescheduling;
        this.trainerChange = trainerChange;
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

    /** The customer's right to cancel a group, until its first day − 14 days. */
    @PostMapping("/{number}/groups/{code}/cancellation")
    ContractView cancelGroup(@PathVariable String number, @PathVariable String code,
            @Valid @RequestBody GroupCancellationRequest request, Principal officer) {
        return ContractView.of(cancellation.cancel(number, code, request.reason().strip(),
                request.registeredParticipants(), officer.getName()));
    }

    /** Moves a group's days ahead by the rules of registration; its deadlines, tasks and timers follow. */
    @PutMapping("/{number}/groups/{code}/days")
    ContractView rescheduleGroup(@PathVariable String number, @PathVariable String code,
            @Valid @RequestBody GroupDaysRequest request, Principal officer) {
        return ContractView.of(rescheduling.reschedule(number, code, request.days(), request.reason().strip(),
                Boolean.TRUE.equals(request.exceptionConfirmed()), Boolean.TRUE.equals(request.materialsAgain()),
                officer.getName()));
    }

    /** A trainer of the contract proposes a group's new days; an officer confirms them in a task. */
    @PostMapping("/{number}/groups/{code}/day-proposals")
    ResponseEntity<Void> proposeDays(@PathVariable String number, @PathVariable String code,
            @Valid @RequestBody DayProposalRequest request, Principal trainer) {
        proposals.propose(number, code, request.days(), request.reason().strip(), trainer.getName());
        return ResponseEntity.accepted().build();
    }

    /** Replaces or adds trainers: the list is who trains from today. */
    @PutMapping("/{number}/trainers")
    ContractView changeTrainers(@PathVariable String number, @Valid @RequestBody TrainersRequest request,
            Principal officer) {
        return ContractView.of(trainerChange.change(number, request.trainers().stream()
                .map(NewContract.TrainerRequest::toTrainer).toList(), request.reason().strip(), officer.getName()));
    }

    @PostMapping("/{number}/interim-meetings")
    ResponseEntity<Void> callInterimMeeting(@PathVariable String number) {
        registration.callInterimMeeting(number);
        return ResponseEntity.accepted().build();
    }
}

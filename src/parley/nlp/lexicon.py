"""Everything parley's components know about English and the world, as one typed object.

``Lexicon`` gathers the word lists of knowledge/english.yaml, the number words and the calendar
(quantities_numbers.yaml, times_lexicon.yaml), the quantity units, the actor knowledge base, the
PLOVER trigger lexicon and context keywords, and the reporting cues. It is read once per process and
handed to each component through its factory's config, the spaCy way:
``default_config={"lexicon": {"@misc": "parley.lexicon.v1"}}``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cached_property, lru_cache

from spacy.tokens import Token
from spacy.util import registry

from ..knowledge import load_csv, load_yaml
from ..knowledge.actor_kb import ActorKB, actor_kb
from .event_lexicon import Code, ContextKeywords, FallbackTriggers, TriggerLexicon, relief_goods

ENGLISH_FILE = "english.yaml"
CUES_FILE = "reporting_cues.csv"
QUANTITY_UNITS_FILE = "quantities_units.yaml"
NUMBERS_FILE = "quantities_numbers.yaml"
CALENDAR_FILE = "times_lexicon.yaml"
TRANSFER_VERBS_FILE = "plover_transfer_verbs.csv"
ENVOY_NOUNS_FILE = "plover_envoy_nouns.csv"
COMPUTING_NOUNS_FILE = "plover_computing_nouns.csv"


@dataclass(frozen=True)
class ActorWords:
    location_words: frozenset[str]
    place_prepositions: frozenset[str]
    possessive_endings: frozenset[str]
    armed_follower_sectors: frozenset[str]
    non_state_armed_sectors: frozenset[str]
    pronoun_genders: dict[str, str]
    objective_pronouns: frozenset[str]
    possessive_pronouns: frozenset[str]
    nonperson_pronouns: dict[str, str]
    extraposing_verbs: frozenset[str]
    country_nouns: frozenset[str]
    person_families: frozenset[str]
    kin_groups: frozenset[str]
    target_prepositions: frozenset[str]
    state_sectors: frozenset[str]
    local_body_sectors: frozenset[str]
    diplomatic_missions: frozenset[str]
    pair_references: frozenset[str]
    third_party_nouns: frozenset[str]
    third_party_verbs: frozenset[str]
    thing_determiners: frozenset[str]
    acted_upon_prepositions: frozenset[str]
    place_adjective_endings: tuple[str, ...]
    verb_endings: tuple[str, ...]
    title_complement_prepositions: frozenset[str]
    title_country_prepositions: frozenset[str]
    name_particles: frozenset[str]
    # A seat of government after the "to" of these verbs with these goods receives them (§371): the events'
    # verbs of handing over, and the goods whose handing over is aid, with the relief nouns and currencies.
    handing_verbs: frozenset[str]
    handed_goods: frozenset[str]
    # A name that modifies one of these is the weapon's, no person's: "Patriot missiles" (WordNet's weapons in
    # plover_relief_goods.csv and the events' weapon nouns; §535).
    arms_goods: frozenset[str]


@dataclass(frozen=True)
class EventWords:
    future_auxiliaries: frozenset[str]
    possibility_auxiliaries: frozenset[str]
    condition_marks: frozenset[str]
    threat_condition_marks: frozenset[str]
    inverted_condition_auxiliaries: frozenset[str]
    condition_phrases: frozenset[str]
    inceptive_verbs: frozenset[str]
    ultimatum_verbs: frozenset[str]
    historical_adverbs: frozenset[str]
    future_modifiers: frozenset[str]
    hypothetical_determiners: frozenset[str]
    negative_subjects: frozenset[str]
    negative_determiners: frozenset[str]
    negating_subject_determiners: frozenset[str]
    location_prepositions: frozenset[str]
    occasion_ordinals: frozenset[str]
    occasion_joiners: frozenset[str]
    aspectual_verbs: frozenset[str]
    recipient_prepositions: frozenset[str]
    noun_recipient_prepositions: frozenset[str]
    noun_actor_prepositions: frozenset[str]
    party_prepositions: frozenset[str]
    occasion_prepositions: frozenset[str]
    cause_prepositions: frozenset[str]
    shared_event_types: frozenset[str]
    follower_nouns: frozenset[str]
    phrase_prepositions: frozenset[str]
    reciprocal_heads: frozenset[str]
    reciprocal_counts: frozenset[str]
    first_person: frozenset[str]
    anaphoric_determiners: frozenset[str]
    obligation_auxiliaries: frozenset[str]
    advice_auxiliaries: frozenset[str]
    order_verbs: frozenset[str]
    deadline_verbs: frozenset[str]
    selected_prepositions: frozenset[str]
    object_prepositions: frozenset[str]
    generic_heads: frozenset[str]
    counting_nouns: frozenset[str]
    counting_prepositions: frozenset[str]
    dispatch_verbs: frozenset[str]
    summoning_verbs: frozenset[str]
    gathering_verbs: frozenset[str]
    goal_prepositions: frozenset[str]
    return_adverbs: frozenset[str]
    movement_verbs: frozenset[str]
    exercise_nouns: frozenset[str]
    combat_modifiers: frozenset[str]
    pair_joiners: frozenset[str]
    expanding_verbs: frozenset[str]
    cooperation_nouns: frozenset[str]
    unexchanged_pacts: frozenset[str]
    founding_verbs: frozenset[str]
    jointly: frozenset[str]
    joint_manners: frozenset[str]
    joint_prefixes: frozenset[str]
    placed_verbs: frozenset[str]
    contest_nouns: frozenset[str]
    contest_prepositions: frozenset[str]
    contest_verbs: frozenset[str]
    succeeded_roles: frozenset[str]
    campaign_funds: frozenset[str]
    donor_nouns: frozenset[str]
    money_nouns: frozenset[str]
    money_verbs: frozenset[str]
    paying_for_verbs: frozenset[str]
    own_possessives: frozenset[str]
    aid_money_nouns: frozenset[str]
    money_pouring_verbs: frozenset[str]
    economic_demand_nouns: frozenset[str]
    contest_news_context: str
    contest_doers: frozenset[str]
    contest_places: frozenset[str]
    contest_win_verbs: frozenset[str]
    contest_office_sectors: frozenset[str]
    sport_figurative_types: frozenset[str]
    firm_operation_types: frozenset[str]
    stoppage_modes: frozenset[str]
    scoring_verbs: frozenset[str]
    danger_nouns: frozenset[str]
    consequences: frozenset[str]
    response_verbs: frozenset[str]
    regarding_verbs: frozenset[str]
    hostile_predicates: frozenset[str]
    war_nouns: frozenset[str]
    hostile_modifiers: frozenset[str]
    showing_verbs: frozenset[str]
    preference_verbs: frozenset[str]
    electorate_nouns: frozenset[str]
    share_nouns: frozenset[str]
    ballot_verbs: frozenset[str]
    guest_verbs: frozenset[str]
    address_verbs: frozenset[str]
    remote_media: frozenset[str]
    medium_prepositions: frozenset[str]
    topic_verbs: frozenset[str]
    group_pronouns: frozenset[str]
    courtesy_verbs: frozenset[str]
    audience_nouns: frozenset[str]
    audience_name_words: frozenset[str]
    campaign_gatherings: frozenset[str]
    recovery_words: frozenset[str]
    cause_nouns: frozenset[str]
    transfer_verbs: frozenset[str]
    gift_verbs: frozenset[str]  # give.v.08's: a present, no forces placed (§354)
    arming_verbs: frozenset[str]  # arm.v.02's: the goods are arms, whatever the noun (§355)
    currency_words: frozenset[str]  # "euros": a counted currency is money (§353)
    relief_nouns: frozenset[str]
    relief_modifiers: frozenset[str]
    training_verbs: frozenset[str]
    training_nouns: frozenset[str]
    reciprocal_pronouns: frozenset[str]
    helping_verbs: frozenset[str]
    needy_nouns: frozenset[str]
    needy_modifiers: frozenset[str]
    treating_verbs: frozenset[str]
    care_nouns: frozenset[str]
    carrying_verbs: frozenset[str]
    loading_verbs: frozenset[str]
    accompanying_prepositions: frozenset[str]
    approval_verbs: frozenset[str]
    funding_verbs: frozenset[str]
    spending_verbs: frozenset[str]
    purpose_prepositions: frozenset[str]
    aid_recipient_sectors: frozenset[str]
    restraint_verbs: frozenset[str]
    halting_verbs: frozenset[str]
    restricted_acts: frozenset[str]
    telling_verbs: frozenset[str]
    staying_verbs: frozenset[str]
    home_places: frozenset[str]
    custody_verbs: frozenset[str]
    removal_phrasals: frozenset[str]
    custody_prepositions: frozenset[str]
    custody_nouns: frozenset[str]
    capturing_verbs: frozenset[str]
    custody_taking_verbs: frozenset[str]
    interrogating_verbs: frozenset[str]
    body_search_verbs: frozenset[str]
    suspect_words: frozenset[str]
    punishing_verbs: frozenset[str]
    custody_institutions: frozenset[str]
    custody_states: frozenset[str]
    custody_exits: frozenset[str]
    holding_verbs: frozenset[str]
    relinquishing_verbs: frozenset[str]
    scrapping_verbs: frozenset[str]
    arms_holdings: frozenset[str]
    attempt_verbs: frozenset[str]
    intention_governors: frozenset[str]
    planning_nouns: frozenset[str]
    intending_pronouns: frozenset[str]
    intimating_verbs: frozenset[str]
    participating_verbs: frozenset[str]
    deciding_verbs: frozenset[str]
    combat_nouns: frozenset[str]
    means_prepositions: frozenset[str]
    measure_nouns: frozenset[str]
    target_pronouns: frozenset[str]
    capability_auxiliaries: frozenset[str]
    ease_adjectives: frozenset[str]
    whoever_pronouns: frozenset[str]
    means_only_themes: frozenset[str]
    measure_verbs: frozenset[str]
    permission_verbs: frozenset[str]
    permission_nouns: frozenset[str]
    verdict_verbs: frozenset[str]
    verdict_words: frozenset[str]
    legal_action_nouns: frozenset[str]
    suing_verbs: frozenset[str]
    court_going_verbs: frozenset[str]
    censure_met_nouns: frozenset[str]
    liability_verbs: frozenset[str]
    liability_words: frozenset[str]
    judging_bodies: frozenset[str]
    trying_courts: frozenset[str]
    extraditing_verbs: frozenset[str]
    trial_facing_verbs: frozenset[str]
    trial_nouns: frozenset[str]
    prosecuting_nouns: frozenset[str]
    violation_verbs: frozenset[str]
    elicit_verbs: frozenset[str]
    reaction_verbs: frozenset[str]
    object_sense_verbs: frozenset[str]
    thing_approval_verbs: frozenset[str]
    frozen_object_verbs: frozenset[str]
    act_approval_verbs: dict[str, str]  # verb → the verb of approval it reads as when it approves an act
    not_an_object_pronouns: frozenset[str]
    self_support_verbs: frozenset[str]
    fulfil_verbs: frozenset[str]
    fulfilled_nouns: frozenset[str]
    certainty_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    pricing_verbs: frozenset[str]
    price_nouns: frozenset[str]
    accusation_prepositions: frozenset[str]
    quoted_verbs: frozenset[str]
    price_prepositions: frozenset[str]
    offering_verbs: frozenset[str]
    thing_offering_verbs: frozenset[str]
    binding_verbs: frozenset[str]
    competing_verbs: frozenset[str]
    contest_staying_verbs: frozenset[str]
    contest_winning_verbs: frozenset[str]
    campaign_carrying_verbs: frozenset[str]
    disregard_verbs: frozenset[str]
    hosting_verbs: frozenset[str]
    seat_verbs: frozenset[str]
    meeting_nouns: frozenset[str]
    concurring_verbs: frozenset[str]
    anticipation_phrasals: frozenset[str]
    loyalty_phrasals: frozenset[str]
    approval_of_phrases: frozenset[str]
    defence_coming_verbs: frozenset[str]
    defence_nouns: frozenset[str]
    force_retreat_phrasals: frozenset[str]
    recourse_prepositions: frozenset[str]
    perpetrating_verbs: frozenset[str]
    wrongdoing_nouns: frozenset[str]
    blame_adjectives: frozenset[str]
    denying_verbs: frozenset[str]
    part_nouns: frozenset[str]
    critic_nouns: frozenset[str]
    press_requests: frozenset[str]
    interview_verbs: frozenset[str]
    press_nouns: frozenset[str]
    release_texts: frozenset[str]
    press_refusals: frozenset[str]
    proposal_nouns: frozenset[str]
    belief_verbs: frozenset[str]
    intent_nouns: frozenset[str]
    backing_weights: frozenset[str]
    calling_nouns: frozenset[str]
    asking_verbs: frozenset[str]
    enacting_verbs: frozenset[str]
    blocking_verbs: frozenset[str]
    attempt_nouns: frozenset[str]
    enacting_nouns: frozenset[str]
    favoring_verbs: frozenset[str]
    finalizing_verbs: frozenset[str]
    legislation_nouns: frozenset[str]
    tightening_verbs: frozenset[str]
    repressive_modifiers: frozenset[str]
    restricting_verbs: frozenset[str]
    freedom_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    pejorative_nouns: frozenset[str]
    pejorative_adjectives: frozenset[str]
    wrongful_adverbs: frozenset[str]
    laudatory_words: frozenset[str]
    wrongdoing_verbs: frozenset[str]
    own_determiners: frozenset[str]
    mood_verbs: frozenset[str]
    attraction_words: frozenset[str]
    wish_verbs: frozenset[str]
    generic_pronouns: frozenset[str]
    generic_determiners: frozenset[str]
    kind_pronouns: frozenset[str]
    kind_determiners: frozenset[str]
    question_nouns: frozenset[str]
    leaving_words: frozenset[str]
    leaving_prepositions: frozenset[str]
    ending_verbs: frozenset[str]
    ending_nouns: dict[str, str]  # noun → the ending verb it names the act of
    membership_nouns: frozenset[str]
    shutdown_nouns: frozenset[str]
    expelling_verbs: frozenset[str]
    member_bodies: frozenset[str]
    state_bodies: frozenset[str]
    dismissing_verbs: frozenset[str]
    office_holders: frozenset[str]
    offices: frozenset[str]
    closing_verbs: frozenset[str]
    reopening_verbs: frozenset[str]
    unblocking_verbs: frozenset[str]
    barrier_removing_verbs: frozenset[str]
    barrier_nouns: frozenset[str]
    siege_ending_verbs: frozenset[str]
    siege_nouns: frozenset[str]
    school_nouns: frozenset[str]
    passage_nouns: frozenset[str]
    outlet_nouns: frozenset[str]
    interrupting_verbs: frozenset[str]
    outlet_products: frozenset[str]
    blackout_nouns: frozenset[str]
    communication_means: frozenset[str]
    mission_nouns: frozenset[str]
    errand_missions: frozenset[str]
    diplomatic_modifiers: frozenset[str]
    banning_verbs: frozenset[str]
    permit_documents: frozenset[str]
    force_object_verbs: frozenset[str]
    emergency_scopes: frozenset[str]
    deploying_verbs: frozenset[str]
    rescue_verbs: frozenset[str]
    captive_nouns: frozenset[str]
    freeing_verbs: frozenset[str]
    freedom_adjectives: frozenset[str]
    returning_verbs: frozenset[str]
    protester_nouns: frozenset[str]
    riot_types: frozenset[str]
    assembly_verbs: frozenset[str]
    street_nouns: frozenset[str]
    dissenter_nouns: frozenset[str]
    showing_nouns: frozenset[str]
    expressing_verbs: frozenset[str]
    crowd_sectors: frozenset[str]
    supporter_nouns: frozenset[str]
    mass_event_nouns: frozenset[str]
    criticism_verbs: frozenset[str]
    criticism_prepositions: frozenset[str]
    speech_attack_nouns: frozenset[str]
    speech_attack_adjectives: frozenset[str]
    quarrel_words: frozenset[str]
    contest_fight_nouns: frozenset[str]
    exchanging_verbs: frozenset[str]
    accusation_nouns: frozenset[str]
    effort_verbs: frozenset[str]
    retaliation_verbs: frozenset[str]
    answering_back_verbs: frozenset[str]
    other_particle_verbs: frozenset[str]
    armed_sectors: frozenset[str]
    security_sectors: frozenset[str]
    policing_sectors: frozenset[str]
    raid_words: frozenset[str]
    politics_sectors: frozenset[str]
    party_sectors: frozenset[str]
    person_pronouns: frozenset[str]
    person_pointers: frozenset[str]
    casualty_words: frozenset[str]
    weapon_prepositions: frozenset[str]
    attack_target_prepositions: frozenset[str]
    leaving_verbs: frozenset[str]
    pulling_verbs: frozenset[str]
    evacuating_verbs: frozenset[str]
    driving_out_verbs: frozenset[str]
    fleeing_verbs: frozenset[str]
    escaping_verbs: frozenset[str]
    envoy_nouns: frozenset[str]
    envoy_recalling_verbs: frozenset[str]
    envoy_expelling_verbs: frozenset[str]
    declaring_verbs: frozenset[str]
    unwelcome_envoys: frozenset[str]
    outlawing_marks: frozenset[str]
    group_nouns: frozenset[str]
    envoy_restoring_verbs: frozenset[str]
    envoy_returning_verbs: frozenset[str]
    mission_opening_verbs: frozenset[str]
    ceding_verbs: frozenset[str]
    held_places: frozenset[str]
    residence_nouns: frozenset[str]
    impact_verbs: frozenset[str]
    throwing_verbs: frozenset[str]
    firing_verbs: frozenset[str]
    ablaze_adjectives: frozenset[str]
    using_verbs: frozenset[str]
    execution_forms: frozenset[str]
    maltreating_verbs: frozenset[str]
    assault_kinds: dict[str, str]
    filming_verbs: frozenset[str]
    mobilizing_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    warned_of_prepositions: frozenset[str]
    mobilizing_nouns: frozenset[str]
    offensive_nouns: frozenset[str]
    failing_verbs: frozenset[str]
    weapon_nouns: frozenset[str]
    arms_system_heads: frozenset[str]
    arms_system_modifiers: frozenset[str]
    kind_heads: frozenset[str]
    work_stoppages: frozenset[str]
    working_sectors: frozenset[str]
    restricting_sectors: frozenset[str]
    seeking_verbs: frozenset[str]
    travel_verbs: frozenset[str]
    travel_prepositions: frozenset[str]
    visiting_sectors: frozenset[str]
    leisure_travellers: frozenset[str]
    force_nouns: frozenset[str]
    readiness_prepositions: frozenset[str]
    readiness_nouns: frozenset[str]
    readiness_degrees: frozenset[str]
    strength_nouns: frozenset[str]
    force_modifiers: frozenset[str]
    service_units: frozenset[str]
    unit_services: frozenset[str]
    buildup_verbs: frozenset[str]
    stationing_verbs: frozenset[str]
    presence_nouns: frozenset[str]
    drawdown_verbs: frozenset[str]
    fortifying_verbs: frozenset[str]
    searching_verbs: frozenset[str]
    securing_verbs: frozenset[str]
    spreading_verbs: frozenset[str]
    post_taking_verbs: frozenset[str]
    taken_posts: frozenset[str]
    testing_verbs: frozenset[str]
    testing_nouns: frozenset[str]
    weapon_adjectives: frozenset[str]
    readying_verbs: frozenset[str]
    enlisting_verbs: frozenset[str]
    enlistment_prepositions: frozenset[str]
    growth_verbs: frozenset[str]
    easing_verbs: frozenset[str]
    easing_nouns: frozenset[str]
    yielding_verbs: frozenset[str]
    yielded_nouns: frozenset[str]
    delivery_nouns: frozenset[str]
    entry_verbs: frozenset[str]
    admitted_nouns: frozenset[str]
    restriction_nouns: frozenset[str]
    emergency_rules: frozenset[str]
    restriction_ending_nouns: frozenset[str]
    held_power_nouns: frozenset[str]
    abandoning_verbs: frozenset[str]
    own_measure_nouns: frozenset[str]
    precondition_marks: frozenset[str]
    executive_sectors: frozenset[str]
    placing_verbs: frozenset[str]
    postponement_nouns: frozenset[str]
    retreating_verbs: frozenset[str]
    course_reversing_verbs: frozenset[str]
    course_nouns: frozenset[str]
    measure_increase_nouns: frozenset[str]
    truce_nouns: frozenset[str]
    truce_verbs: frozenset[str]
    effect_nouns: frozenset[str]
    hostility_ending_verbs: frozenset[str]
    military_operation_nouns: frozenset[str]
    promise_verbs: frozenset[str]
    reform_nouns: frozenset[str]
    civil_rule_nouns: frozenset[str]
    expression_nouns: frozenset[str]
    given_replies: frozenset[str]
    adopting_phrasal_verbs: frozenset[str]
    continuing_verbs: frozenset[str]
    promised_violence_modes: frozenset[str]
    joint_modifiers: frozenset[str]
    partner_nouns: frozenset[str]
    title_nouns: frozenset[str]
    personnel_groups: frozenset[str]
    goods_lots: frozenset[str]
    handing_nouns: frozenset[str]
    rising_verbs: frozenset[str]
    coordinating_verbs: frozenset[str]
    joint_work_verbs: frozenset[str]
    intention_verbs: frozenset[str]
    suspect_participles: frozenset[str]
    obligation_sense_nouns: frozenset[str]
    resuming_verbs: frozenset[str]
    exchange_nouns: frozenset[str]
    exchange_verbs: frozenset[str]
    flowing_verbs: frozenset[str]
    flowing_energy: frozenset[str]
    grid_joining_verbs: frozenset[str]
    grid_nouns: frozenset[str]
    record_passing_verbs: frozenset[str]
    record_nouns: frozenset[str]
    break_in_verbs: frozenset[str]
    break_into_verbs: frozenset[str]
    entering_prepositions: frozenset[str]
    getting_verbs: frozenset[str]
    standing_granting_verbs: frozenset[str]
    refuge_standings: frozenset[str]
    refuge_marks: frozenset[str]
    sheltering_verbs: frozenset[str]
    computing_nouns: frozenset[str]  # plover_computing_nouns.csv: what a hacker breaks into (§514)
    computing_group_nouns: frozenset[str]  # those of them that also name a group: "a network of smugglers"
    trade_banning_verbs: frozenset[str]
    trade_halting_verbs: frozenset[str]
    trade_ban_nouns: frozenset[str]
    aid_halting_verbs: frozenset[str]
    aid_nouns: frozenset[str]
    border_trade_nouns: frozenset[str]
    trade_nouns: frozenset[str]
    presence_ending_verbs: frozenset[str]
    expulsion_nouns: frozenset[str]
    prison_places: frozenset[str]
    prison_terms: frozenset[str]
    noncustodial_words: frozenset[str]

    # The words that begin a phrase of these lists ("pull" of "pull out"): a rule asks a word's particles only
    # where the word begins one, so most words are passed over without reading their children.
    @cached_property
    def leaving_heads(self) -> frozenset[str]:
        return phrase_starts(self.leaving_words)

    @cached_property
    def ending_heads(self) -> frozenset[str]:
        return phrase_starts(self.ending_verbs)

    @cached_property
    def assembly_heads(self) -> frozenset[str]:
        return phrase_starts(self.assembly_verbs)

    # The words a manner of acting together begins with, as the tokenizer splits it: "side" of "side by side" and of
    # "side-by-side", or "side-by-side" kept whole. Only a sentence word among them can begin one (§477).
    @cached_property
    def joint_manner_starts(self) -> frozenset[str]:
        return frozenset(start for manner in self.joint_manners
                         for start in (manner.split()[0], manner.split()[0].split("-")[0]))

    # The auxiliaries that hold an act out as to come, not done: the future's, the obligation's and "would" ("will
    # pay a price", "must be punished", "said they would face …", "would have held Assad responsible").
    @cached_property
    def announcing_auxiliaries(self) -> frozenset[str]:
        return self.future_auxiliaries | self.obligation_auxiliaries | {"would"}


@dataclass(frozen=True)
class QuantityWords:
    approximators: tuple[str, ...]  # those of any number, then those of counts only
    exact_approximators: frozenset[str]
    range_approximators: frozenset[str]
    range_openers: frozenset[str]
    range_joiners: tuple[str, ...]
    not_a_count_after: frozenset[str]
    object_pronouns: frozenset[str]


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: grammars are cached per lexicon
class QuantityUnits:
    """knowledge/quantities_units.yaml: the units and counted nouns of the quantity reader."""

    currency_prefixes: dict[str, str]  # "$" → USD, written before the number
    currency_words: dict[str, str]  # "euros" → EUR, written after it
    measures: dict[str, str]
    person_nouns: frozenset[str]
    casualty_cues: dict[str, str]  # cue word → PLOVER casualty kind

    @classmethod
    def load(cls) -> QuantityUnits:
        units = load_yaml(QUANTITY_UNITS_FILE)
        return cls(
            currency_prefixes=units["currency_prefixes"],
            currency_words=units["currency_words"],
            measures=units["measures"],
            person_nouns=frozenset(units["person_nouns"]),
            casualty_cues={word: kind for kind, words in units["casualty_cues"].items() for word in words},
        )


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: grammars are cached per lexicon
class NumberWords:
    """knowledge/quantities_numbers.yaml: cardinal, ordinal and vague number words and their values."""

    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    scale_abbreviations: dict[str, int]
    scale_suffixes: dict[str, float]
    scales_before_and: tuple[str, ...]
    scales_after_a: tuple[str, ...]
    counters: dict[str, int]
    counting_phrases: tuple[str, ...]
    fractions: dict[str, float]
    fraction_tails: tuple[str, ...]
    ordinal_suffixes: tuple[str, ...]
    ordinals: dict[str, int]
    vague_plurals: dict[str, tuple[int, int]]
    vague_counts: tuple[str, ...]


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: grammars are cached per lexicon
class CalendarWords:
    """knowledge/times_lexicon.yaml: the calendar's words, their TIMEX3 codes, and the phrases of
    the time grammar."""

    months: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    units: dict[str, dict]
    unit_plurals: dict[str, str]
    vague: dict[str, str]
    sets: dict[str, str]
    duration_cues: frozenset[str]
    not_after_current: frozenset[str]
    relative_steps: dict[str, int]
    focus_relatives: frozenset[str]
    same_period_relatives: frozenset[str]
    distance_steps: dict[str, int]
    focus_distances: frozenset[str]
    deictic_days: dict[str, int]
    decades: dict[str, int]
    quarter_ordinals: dict[str, int | None]
    grammar: dict[str, tuple[str, ...]]  # the word lists the time grammar's rules choose among

    @cached_property
    def all_months(self) -> dict[str, int]:
        return {**self.months, **self.month_abbreviations}

    def unit_name(self, word: str) -> str:
        """The singular unit a unit word names: "weeks" → "week"."""
        word = word.lower()
        return self.unit_plurals.get(word, word)

    def granularity(self, unit: str) -> str:
        """The period a unit anchors a date to: "last month" → month; clock units → day."""
        return self.units[unit].get("granularity", "day")


@dataclass(frozen=True)
class TimeWords:
    approximators: tuple[str, ...]  # those of any number, then those of times only
    forward_auxiliaries: frozenset[str]
    present_auxiliaries: frozenset[str]
    year_cues: frozenset[str]
    not_after_as: frozenset[str]


@dataclass(frozen=True)
class QuoteWords:
    not_speaker_labels: frozenset[str]
    relative_pronouns: frozenset[str]
    not_speakers: frozenset[str]
    title_small_words: frozenset[str]
    name_giving_verbs: frozenset[str]
    request_particles: frozenset[str]


@dataclass(frozen=True)
class PloverTypes:
    """PLOVER event types grouped by how the event coder treats them."""

    cooperative: frozenset[str]
    coercive: frozenset[str]
    promised_threats: frozenset[str]
    promised_refusals: frozenset[str]
    material: frozenset[str]
    held_refusals: frozenset[str]
    announced_threats: frozenset[str]
    planned_threats: frozenset[str]
    perpetrated_types: frozenset[str]
    content_types: frozenset[str]
    mode_takers: frozenset[str]
    request_modes: dict[str, str]
    threat_modes: dict[Code, str]
    threat_mode_names: frozenset[str]
    refusals: dict[str, str | None]
    promised_concessions: frozenset[Code]
    promised_acts: frozenset[str]

    def conceded(self, promised: Code) -> bool:
        """Whether promising ``promised`` is a concession (by its type and mode, else its type)."""
        return promised in self.promised_concessions or Code(promised.type) in self.promised_concessions

    def threat_mode(self, threatened: Code) -> str | None:
        """THREATEN's mode when what is threatened is ``threatened``: by its type and mode, else its type."""
        return self.threat_modes.get(threatened) or self.threat_modes.get(Code(threatened.type))


@dataclass(frozen=True)
class CueLexicon:
    """Reporting verbs and nouns, with the relations that lead from each to what was reported."""

    relations: dict[tuple[str, str], tuple[str, ...]]
    speech: frozenset[str]

    def complements(self, token: Token) -> tuple[str, ...]:
        return self.relations.get((token.lemma_.lower(), word_class(token)), ())

    def is_speech(self, token: Token) -> bool:
        return word_class(token) == "VERB" and token.lemma_.lower() in self.speech


@dataclass(frozen=True)
class Lexicon:
    actor_words: ActorWords
    event_words: EventWords
    quantity_words: QuantityWords
    time_words: TimeWords
    quote_words: QuoteWords
    plover: PloverTypes
    actors: ActorKB
    triggers: TriggerLexicon
    fallback_triggers: FallbackTriggers
    contexts: ContextKeywords
    cues: CueLexicon
    quantity_units: QuantityUnits
    numbers: NumberWords
    calendar: CalendarWords


def word_class(token: Token) -> str:
    """VERB, NOUN, or the token's own part of speech: how reporting cues are keyed."""
    return pos_word_class(token.pos_)


def pos_word_class(pos: str) -> str:
    """The word class of a coarse part of speech (``word_class`` of a token that has it)."""
    if pos in ("VERB", "AUX"):
        return "VERB"
    if pos in ("NOUN", "PROPN"):
        return "NOUN"
    return pos


@registry.misc("parley.lexicon.v1")
@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon, read from knowledge/ once per process."""
    english = load_yaml(ENGLISH_FILE)
    shared = {"place_prepositions": english["place_prepositions"], "possessive_endings": english["possessive_endings"]}
    quantities = dict(english["quantities"])
    quantities["approximators"] = english["approximators"] + quantities.pop("count_approximators")
    times = dict(english["times"])
    times["approximators"] = english["approximators"] + times.pop("time_approximators")
    plover = dict(english["plover"])
    plover["threat_modes"] = {Code.parse(code): mode for code, mode in plover["threat_modes"].items()}
    plover["refusals"] = {code.type: code.mode for code in map(Code.parse, plover["refusals"])}
    plover["promised_concessions"] = frozenset(map(Code.parse, plover["promised_concessions"]))
    events = dict(english["events"])
    # The verbs of handing over: WordNet's class of them (scripts/build_transfer_verbs.py) and the hand-made
    # words it lacks (plover_conventions.md §341).
    transfer = load_csv(TRANSFER_VERBS_FILE)
    events["transfer_verbs"] = events["transfer_verbs"] + [row["verb"] for row in transfer]
    # The class split by the root each verb came from (plover_conventions.md §354).
    events["gift_verbs"] = [row["verb"] for row in transfer if "give.v.08" in row["root"].split()]
    events["arming_verbs"] = [row["verb"] for row in transfer if "arm.v.02" in row["root"].split()]
    # The envoys a state recalls, expels or sends back: WordNet's kinds of diplomat, emissary and attache
    # (scripts/build_envoy_nouns.py; plover_conventions.md §407, §457).
    events["envoy_nouns"] = [row["noun"] for row in load_csv(ENVOY_NOUNS_FILE)]
    # What a hacker breaks into: WordNet's computers, computer systems and networks, data systems, databases, email
    # and websites (scripts/build_computing_nouns.py; plover_conventions.md §514).
    computing = load_csv(COMPUTING_NOUNS_FILE)
    events["computing_nouns"] = [row["noun"] for row in computing]
    events["computing_group_nouns"] = [row["noun"] for row in computing if row["kind"] == "group"]
    # The currency words the quantity reader knows after a number ("300 million euros"; §353).
    units = QuantityUnits.load()
    events["currency_words"] = list(units.currency_words)
    return Lexicon(
        actor_words=_typed(ActorWords, {**english["actors"], **shared, "handing_verbs": events["transfer_verbs"],
                                         "handed_goods": [*relief_goods(), *events["relief_nouns"],
                                                          *events["weapon_nouns"], *events["currency_words"]],
                                         "arms_goods": [*(noun for noun, kind in relief_goods().items()
                                                          if kind == "arms"), *events["weapon_nouns"]]}),
        event_words=_typed(EventWords, events),
        quantity_words=_typed(QuantityWords, quantities),
        time_words=_typed(TimeWords, times),
        quote_words=_typed(QuoteWords, english["quotes"]),
        plover=_typed(PloverTypes, plover),
        actors=actor_kb(),
        triggers=TriggerLexicon.load(),
        fallback_triggers=FallbackTriggers.load(),
        contexts=ContextKeywords.load(),
        cues=_cues(CUES_FILE),
        quantity_units=units,
        numbers=_typed(NumberWords, load_yaml(NUMBERS_FILE)),
        calendar=_typed(CalendarWords, load_yaml(CALENDAR_FILE)),
    )


def phrase_starts(phrases: frozenset[str]) -> frozenset[str]:
    """What each phrase begins with, up to each of its spaces: "pull out of" → "pull", "pull out"."""
    return frozenset(phrase[:i] for phrase in phrases for i, char in enumerate(phrase) if char == " ")


def _typed(cls, section: dict):
    """``cls`` built from a YAML section: lists become frozensets or tuples as the field says (in a
    dict's values too: ``dict[str, tuple[int, int]]``)."""
    values = {}
    for field in dataclasses.fields(cls):
        value = section[field.name]
        if field.type.startswith("frozenset"):
            value = frozenset(value)
        elif field.type.startswith("tuple"):
            value = tuple(value)
        elif field.type.startswith("dict[str, tuple"):
            value = {key: tuple(item) for key, item in value.items()}
        values[field.name] = value
    return cls(**values)


def _cues(name: str) -> CueLexicon:
    relations, speech = {}, set()
    for row in load_csv(name):
        relations[(row["lemma"], row["pos"])] = tuple(row["complements"].split())
        if row["speech"] == "yes":
            speech.add(row["lemma"])
    return CueLexicon(relations, frozenset(speech))

"""The wire contracts, as pydantic models.

These models are the single source of truth for the JSON Schemas in
`schemas/` (`tocsin schemas --write` regenerates them and a test fails when
they drift). Field names follow ../shared/spec/events.md: users script
against them, so add fields freely and rename none.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import (
    AnyHttpUrl,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    field_validator,
    model_validator,
)

from tocsin.core.ids import article_id

EventType = Literal[
    "military_strike", "leader_attack", "condemnation", "ceasefire_talks", "casualty_report", "legal_action"
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]
DEFAULT_ALERT_TYPES: tuple[str, ...] = ("military_strike", "leader_attack")
Severity = Literal["critical", "high", "medium", "low"]
CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


# ---------------------------------------------------------------- articles
class Article(_Model):
    """A news article as it enters tocsin."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    id: str | None = Field(None, max_length=128, description="Derived from the canonical URL when absent.")
    url: AnyHttpUrl
    source: str = Field(min_length=1, max_length=200, description="The outlet, e.g. 'Anadolu Agency'.")
    title: str = Field(min_length=1, max_length=1000)
    body: str = Field(min_length=1)
    published_at: datetime = Field(description="RFC 3339 with a time zone.")
    language: str = Field("en", min_length=2, max_length=16)

    @field_validator("published_at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("published_at needs a time zone offset (RFC 3339), e.g. 2025-09-09T10:00:00Z")
        return value

    def with_id(self) -> Article:
        """The article with its id filled: same URL, same id."""
        if self.id:
            return self
        return self.model_copy(update={"id": article_id(str(self.url), self.title, self.body)})


# ---------------------------------------------------------------- events
class Evidence(_Model):
    text: str
    start: int = Field(description="Character offset in the article body where the sentence starts.")
    end: int


class Actor(_Model):
    name: str
    country: CountryCode | None = None
    kind: Literal["state", "group", "person", "organization"] = "state"


class Place(_Model):
    country: CountryCode | None = None
    place: str | None = Field(None, description="The most specific place named (city, region).")


class Casualties(_Model):
    killed: int | None = None
    wounded: int | None = None
    at_least: bool = Field(False, description="True when the counts are lower bounds ('several aides').")
    victims: list[str] = Field(default_factory=list, description="Victims as the text describes them.")


class Person(_Model):
    name: str
    role: str | None = None
    organization: str | None = None
    country: CountryCode | None = None
    outcome: Literal["killed", "wounded", "survived", "unknown"] = "unknown"
    relation: str | None = Field(None, description="e.g. 'son of Khalil al-Hayya'")


class _EventBase(_Model):
    event_id: str
    article_id: str
    source: str
    url: str | None = None
    published_at: datetime | None = None
    occurred_on: date | None = None
    is_background: bool = False
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: list[Evidence]


Attribution = Literal["claimed", "reported", "accused", "inferred"]
_ATTRIBUTION = (
    "How the article gives the attacker, the most telling of its tellings: 'claimed' (the attacker says it acted: "
    "'the army said it struck', 'X claimed responsibility'), 'reported' (told as fact with its doer: 'Russian missiles hit'), "
    "'accused' (only another party says so: 'Kyiv accused Moscow of shelling'), 'inferred' (no telling of the act names "
    "its doer; read from the rest of the article). Null without an attacker."
)


class MilitaryStrike(_EventBase):
    type: Literal["military_strike"] = "military_strike"
    attacker: Actor | None
    attribution: Attribution | None = Field(None, description=_ATTRIBUTION)
    territory: Place
    target: str | None = None
    weapon: Literal["air", "missile", "drone", "artillery", "ground", "unknown"] = "unknown"
    cross_border: bool
    casualties: Casualties = Field(default_factory=Casualties)
    condemned_by: list[Actor] = Field(default_factory=list)


class LeaderAttack(_EventBase):
    type: Literal["leader_attack"] = "leader_attack"
    persons: list[Person]
    attacker: Actor | None = None
    attribution: Attribution | None = Field(None, description=_ATTRIBUTION)
    territory: Place | None = None


class Condemnation(_EventBase):
    type: Literal["condemnation"] = "condemnation"
    by: list[Actor]
    of: str = Field(description="What is condemned: an event_id of the same article, else the text.")


class CeasefireTalks(_EventBase):
    type: Literal["ceasefire_talks"] = "ceasefire_talks"
    parties: list[Actor]
    mediators: list[Actor]


class CasualtyReport(_EventBase):
    type: Literal["casualty_report"] = "casualty_report"
    count: int
    population: str | None = None
    place: Place | None = None


class LegalAction(_EventBase):
    type: Literal["legal_action"] = "legal_action"
    court: str
    against: list[Actor]


Event = Annotated[
    MilitaryStrike | LeaderAttack | Condemnation | CeasefireTalks | CasualtyReport | LegalAction,
    Field(discriminator="type"),
]
EventAdapter: TypeAdapter[Event] = TypeAdapter(Event)


# ---------------------------------------------------------------- alerts
class SourceRef(_Model):
    source: str
    url: str | None = None
    published_at: datetime | None = None


class AlertData(_Model):
    incident_id: str
    revision: int = Field(ge=1)
    status: Literal["new", "update"]
    event_type: EventType
    severity: Severity
    headline: str
    summary: str
    changes: list[str] = Field(default_factory=list, description="What changed since the previous revision.")
    attacker_country: CountryCode | None = None
    territory_country: CountryCode | None = None
    cross_border: bool | None = None
    events: list[Event]
    sources: list[SourceRef]
    first_seen: datetime
    last_seen: datetime


class Alert(_Model):
    """A CloudEvents 1.0 structured-mode JSON object."""

    specversion: Literal["1.0"] = "1.0"
    id: str = Field(description="Stable per incident and revision: the webhook-id too.")
    source: str
    type: str = Field(description="tocsin.alert.<event type>")
    time: datetime
    subject: str = Field(description="The incident id.")
    datacontenttype: Literal["application/json"] = "application/json"
    data: AlertData


# ---------------------------------------------------------------- subscriptions
Channel = Literal["webhook", "slack", "email"]
EmailAddress = Annotated[str, Field(pattern=r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$", max_length=254)]


class SubscriptionFilters(_Model):
    """Which alerts a subscription wants. Every given criterion must hold (AND); lists are OR within."""

    event_types: list[EventType] = Field(default_factory=lambda: list(DEFAULT_ALERT_TYPES))
    countries: list[CountryCode] = Field(default_factory=list, description="Match if attacker or territory is one of these (empty: all).")
    attacker_countries: list[CountryCode] = Field(default_factory=list, description="Match only these attackers (empty: all).")
    territory_countries: list[CountryCode] = Field(default_factory=list, description="Match only strikes on / attacks in these countries (empty: all).")
    cross_border_only: bool = Field(True, description="Strikes only when they cross a border (the default alert).")
    min_severity: Severity = "low"
    keywords: list[Annotated[str, Field(min_length=2, max_length=100)]] = Field(
        default_factory=list, max_length=50,
        description="Match if any keyword occurs (case-insensitive, whole words) in the headline, summary, places, actors or evidence (empty: all).",
    )


class _Destination(_Model):
    channel: Channel = Field("webhook", description="webhook: signed CloudEvents POST; slack: Slack incoming webhook; email: SMTP.")
    url: AnyHttpUrl | None = Field(None, description="The webhook or Slack incoming-webhook URL (webhook and slack channels).")
    email_to: list[EmailAddress] = Field(default_factory=list, max_length=20, description="Recipients (email channel).")


def _check_destination(channel: str, url: object, email_to: list[str]) -> None:
    if channel in ("webhook", "slack") and url is None:
        raise ValueError(f"the {channel} channel needs a url")
    if channel == "email" and not email_to:
        raise ValueError("the email channel needs email_to (one or more addresses)")
    if channel == "email" and url is not None:
        raise ValueError("the email channel takes email_to, not url")


class SubscriptionCreate(_Destination):
    description: str = Field("", max_length=500)
    filters: SubscriptionFilters = Field(default_factory=SubscriptionFilters)

    @model_validator(mode="after")
    def _destination(self) -> SubscriptionCreate:
        _check_destination(self.channel, self.url, self.email_to)
        return self


class SubscriptionUpdate(_Model):
    """A partial update (PATCH): only the fields given change. `enabled: true` re-enables after a 410."""

    url: AnyHttpUrl | None = None
    email_to: list[EmailAddress] | None = Field(None, max_length=20)
    description: str | None = Field(None, max_length=500)
    filters: SubscriptionFilters | None = None
    enabled: bool | None = None


class Subscription(SubscriptionCreate):
    id: str
    enabled: bool = True
    created_at: datetime
    updated_at: datetime | None = None
    disabled_reason: str | None = None
    secret_rotating_until: datetime | None = Field(None, description="Until then, webhooks carry a second signature made with the previous secret.")


class SubscriptionCreated(Subscription):
    secret: str = Field(description="The whsec_ signing secret. Shown once, at creation.")


class SecretRotated(_Model):
    secret: str = Field(description="The new whsec_ secret, shown once.")
    previous_valid_until: datetime = Field(description="Until then each webhook is signed with both secrets.")


# ---------------------------------------------------------------- silences
SilenceLabel = Literal["event_type", "severity", "attacker_country", "territory_country", "incident_id", "subscription_id", "status"]


class Matcher(_Model):
    """Alertmanager-style: `name` `=`/`!=`/`=~`/`!~` `value` (regexes are anchored)."""

    name: SilenceLabel
    value: str = Field(max_length=200)
    op: Literal["=", "!=", "=~", "!~"] = "="

    @model_validator(mode="after")
    def _regex_compiles(self) -> Matcher:
        if self.op in ("=~", "!~"):
            try:
                re.compile(self.value)
            except re.error as exc:
                raise ValueError(f"value is not a valid regex: {exc}") from None
        return self


class SilenceCreate(_Model):
    matchers: list[Matcher] = Field(min_length=1, max_length=20)
    starts_at: datetime | None = Field(None, description="Default: now.")
    ends_at: datetime
    comment: str = Field("", max_length=500)
    created_by: str = Field("", max_length=200)

    @model_validator(mode="after")
    def _window(self) -> SilenceCreate:
        for t in (self.starts_at, self.ends_at):
            if t is not None and t.tzinfo is None:
                raise ValueError("times need a time zone offset (RFC 3339)")
        if self.starts_at and self.ends_at <= self.starts_at:
            raise ValueError("ends_at must be after starts_at")
        return self


class Silence(SilenceCreate):
    id: str
    starts_at: datetime
    created_at: datetime

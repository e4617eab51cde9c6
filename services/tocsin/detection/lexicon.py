"""Word lists and patterns of the detector, in one place to read and tune.

Everything here is vocabulary of the language of conflict reporting, not
facts about particular events.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final

from tocsin.detection.prefilter import Automaton, Gate, gate, passes, per_pattern, starts
from tocsin.detection.prefilter import starts_ascii as prefilter_starts_ascii
from tocsin.detection.rx import STAND_IN, Rx, reads_as_ascii, rx, stand_in_blockers

if TYPE_CHECKING:
    from tocsin.detection.analysis import SentenceInfo

_parser: Any = importlib.import_module("re._parser")  # internal to re, without type stubs

IC: Final = re.IGNORECASE

# ------------------------------------------------------------------ strikes
# Phrases that on their own name a kinetic military act.
STRONG_TRIGGER: Final = rx(
    r"\b(?:air[- ]?strikes?|air[- ]?raids?|drone (?:strikes?|attacks?)|missile (?:strikes?|attacks?|barrages?)|"
    r"rocket (?:attacks?|fire|barrages?)|shelling|shelled|bombardments?|bombarded|artillery (?:fire|strikes?)|"
    r"targeted killings?|assassination(?: attempt)?s?|precis(?:e|ion) strikes?|military (?:strikes?|attacks?|operation)|"
    r"bombed|bombing(?: raids?)?s?|dropped (?:[\w-]+ ){0,5}(?:bombs?|munitions|explosives)|(?:fired|launched|firing|launching) (?:[\w-]+ ){0,6}(?:missiles?|rockets?|drones?|mortars?|shells|artillery)|"
    # the projectile as the subject: "shells fired by the Myanmar army", "rockets landed in the town"
    r"(?:shells|mortar (?:shells|rounds|bombs)|rockets|projectiles|missile|rocket|shell|projectile) (?:were |was )?(?:fired|launched)|"
    r"(?:shells?|mortar (?:shells?|rounds?|bombs?)|rockets?|projectiles?|missiles?) (?:also )?(?:landed|fell|slammed|crashed|exploded) (?:in|on|near|into|inside)|"
    # dropped bombs that fell ("glide bombs fell on a village"), not a planted one that exploded
    r"bombs? (?:also )?(?:landed|fell) (?:in|on|near|inside)|"
    r"ground (?:offensive|incursion|assault)|cross-border (?:attack|raid|strike)s?|invaded|"
    r"(?:mounted|launched|began|started) (?:its |an |a |the )?(?:[\w-]+ ){0,2}(?:invasion|incursion|ground operation)|"
    # the passive with its weapon: "a car ... was destroyed by a Turkish drone"
    # ("a refinery was set ablaze early on Thursday by a Ukrainian drone")
    r"(?:destroyed|struck|hit|targeted|damaged|flattened|levell?ed|set ablaze|set on fire|set alight|knocked out|gutted|wrecked)"
    r"(?: (?!by\b)[\w-]+){0,4}? by(?= (?:an? |the )?(?:[\w-]+ ){0,2}(?:drones?|missiles?|air ?strikes?|"
    r"strikes?|rockets?|shells?|warplanes?|jets?|artillery|bombs?)\b))\b",
    IC,
)
# Words that name an attack only in a military context.
WEAK_TRIGGER: Final = rx(
    r"\b(?:strikes?|struck|attacks?|attacked|raids?|raided|stormed|offensive|assault(?:ed)?|incursion|pound(?:ed|s|ing)|hit|hits|hitting|targeted|"
    r"(?:open(?:ed|ing|s)? fire|fired|firing) (?:[\w-]+ ){0,5}?(?:at|on|into|across|toward|towards)|"
    # "opened fire with mortars and machine guns", told without its target
    r"open(?:ed|ing|s)? fire with (?:[\w-]+ ){0,3}?(?:mortars|artillery|machine guns|heavy weapons|rockets|tanks|drones)|"
    # fire told by what it did: "Indian troops had opened fire first, wounding a civilian"
    r"open(?:ed|ing|s)? fire(?: first)?,? (?=(?:wounding|killing|injuring|hitting)\b)|"
    # what a drone or aircraft let fall: "a Russian drone dropped a grenade on a tractor"
    r"dropp(?:ed|ing) (?:[\w-]+ ){0,3}?(?:bombs?|grenades?|explosives?|munitions|payloads?) (?:on|onto|at|near|over)|"
    # an army's own word for a killing it did: "the IDF said it eliminated a senior Hamas commander in Gaza City"
    r"eliminated (?:[\w'’-]+ ){0,4}?(?:commanders?|militants?|terrorists?|operatives?|fighters?|gunmen|leaders?|chiefs?|cells?)|"
    # and Turkey's: "the defence ministry said it had neutralised 12 PKK militants in northern Iraq"
    r"neutrali[sz]ed (?:[\w'’-]+ ){0,4}?(?:militants?|terrorists?|operatives?|fighters?|gunmen|insurgents?)|"
    # troops that killed a leader or fighters: "its troops had killed Hamas leader Yahya Sinwar in Rafah"
    r"(?<=troops )(?:had |have |has )?killed (?:[\w'’-]+ ){0,4}?(?:commanders?|militants?|terrorists?|operatives?|fighters?|gunmen|leaders?|chiefs?)|"
    # fire told by whom it killed or wounded: "Israeli fire killed three people", "was killed by Israeli army fire"
    # (or by what a force fired: "was killed by a Russian drone")
    r"fire (?:killed|wounded|injured)|(?:killed|wounded|injured) by (?=(?:[\w-]+ ){0,3}?(?:fire|gunfire|drones?|missiles?|rockets?|shells?|"
    r"shelling|artillery|air ?strikes?|bombs?)\b)|"
    # the act as what aircraft were sent to do: "it had sent F-16 jets to bomb Cambodian artillery positions"
    r"(?:sent|dispatched) (?:[\w-]+ ){0,4}?to (?:bomb|strike|attack|hit|shell|pound)|"
    # a ground advance into another's land, by ground forces: "Ukrainian troops pushed deeper into Russia's Kursk region"
    # (not a drone that "crossed into its airspace")
    r"(?:troops|forces|units|tanks|columns) (?:[\w-]+ ){0,2}?(?:pushed|advanced|pressed|crossed|poured|rolled) "
    r"(?:deeper |further |farther )?into(?! (?:the |its |their |\w+['’]s )?airspace))\b", IC
)
# What a projectile did, told with the projectile as its subject: "Russian glide bombs destroyed the school", "a Russian
# missile killed 18 people", "drones set fire to an oil depot" (or "set a depot ablaze"), "a drone it launched had wounded the general", "a missile
# fired from Yemen damaged a house". Shared by IMPACT_TRIGGER and strikes._VERB (an act told as a verb).
PROJECTILE_DID: Final = (
    r"(?:bombs|bomb|missiles?|rockets?|drones?|shells|mortars?|munitions|projectiles?|artillery)\s+"
    r"(?:(?:it|they|that|which)\s+(?:had\s+)?(?:launched|fired|sent|dropped)\s+|(?:launched|fired|sent|dropped|flown)\s+(?:by|from)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){1,2}?|"
    # the ones not stopped: "one drone that was not intercepted damaged the roof of a house"
    r"(?:that|which)\s+(?:was|were)\s+not\s+(?:intercepted|shot\s+down|downed)\s+|(?:that|which)\s+(?:got|slipped)\s+through\s+)?"
    r"(?:had\s+|have\s+|has\s+)?"
    r"(?:destroyed|damaged|flattened|levell?ed|demolished|wrecked|gutted|tore through|ripped through|tore into|ripped into|"
    r"killed|wounded|injured|rammed|neutrali[sz]ed|set fire to|set ablaze|set alight|sparked (?:a\s+)?fires? (?:at|in|on)|"
    # what they set on fire told between: "drones set a large oil refinery in the Saratov region ablaze"
    r"set(?:ting)?\s+(?:[\w'’-]+\s+){1,12}?(?:ablaze|alight|on fire)|setting fire to)"
)
# Weak triggers of words that are common in war reports, a pattern of their own so that its gate (the impact verbs) keeps
# it from most sentences: an impact, when a projectile is its subject (strikes._triggers checks: "a drone slammed into the
# lobby of a hotel"), what a projectile did ("Russian glide bombs destroyed the school"), fire from a side ("fire from
# Armenian army positions damaged several houses").
IMPACT_TRIGGER: Final = rx(
    r"\b(?:(?:slamm|smash|plough|plow|crash)(?:ed|ing|es|s)?\s+into|crash(?:ed|es)?\s+(?:near|in|on|outside)|"
    r"explod(?:ed|es|ing)\s+(?:in|on|near|inside|over|outside|at|beside|next to)|"
    rf"{PROJECTILE_DID}|(?:fire|firing|shelling|shots|shooting) from|"
    # the ones not stopped: "downed six of eight drones ...; the other two damaged a hangar" (strikes._triggers
    # asks for the projectiles before)
    r"(?:other|remaining)\s+(?:[\w-]+\s+)?(?:hit|struck|damaged|destroyed|slammed into|crashed into|exploded)|"
    # "after a barrage of missiles and drones"
    r"(?:barrages?|salvos?|volleys?|waves?|swarms?) of (?:[\w-]+ ){0,3}?(?:missiles|rockets|drones|shells|bombs))\b",
    IC,
)
MILITARY_CONTEXT: Final = rx(
    r"\b(?:military|army|armed forces|forces|troops|soldiers|air force|navy|warplanes?|(?:fighter )?jets?|drones?|howitzers?|"
    r"(?:heavy|artillery|mortar|rocket|machine-gun|tank|sniper) fire|"
    r"missiles?|rockets?|artillery|aircraft|helicopters?|gunships?|bombs?|shells|mortars?|militants?|fighters|guerrillas?|insurgents?|air[- ]?strikes?|munitions?|warships?|gunboats?|tanks?|"
    r"(?:weapons|ammunition|arms) (?:depots?|stores?|factor(?:y|ies)|warehouses?))\b",
    IC,
)
# spelled-out counts, as tolls are written ("killing eleven people")
COUNT_WORDS: Final = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
)
# matched where the actor ends (pattern.match(text, end), or SentenceInfo.match)
MILITARY_NOUN_AFTER_ACTOR: Final = rx(
    r"[\s'’s-]*(?:-?led\s+coalition\b|(?:-?led\s+(?:coalition\s+)?)?(?:(?:federal|government|regular|security|national|pro-government|allied|border|frontier)\s+(?=forces|troops|army|soldiers))?"
    r"(?:military|army|armed forces|forces|troops|soldiers|air force|navy|warplanes?|"
    r"(?:[a-z]{1,3}-?\d{1,3}[a-z]?\s+)?(?:(?:fighter )?jets|(?:strategic |heavy )?bombers?)|"
    r"[a-z]{1,3}-\d{1,3}[a-z]?s?|"  # warplanes by their model alone: "Turkish F-16s", "a Thai F-16"
    r"(?:(?:long-range|short-range|ballistic|cruise|hypersonic|guided|attack|kamikaze|suicide|glide|aerial|unmanned|naval|sea|surface|"
    r"maritime|underwater|loitering|explosive-laden|armed|combat|one-way)\s+){0,2}(?:drones?|missiles?|rockets?|bombs?)|"
    r"(?:(?:artillery|mortar|tank)\s+)?shells|shellfire|projectiles|munitions|howitzers|"
    # "Israeli fire", "Israeli army fire"; not the fire services
    r"(?:(?:army|military|tank|artillery|sniper|naval|heavy|mortar|machine-gun)\s+)?(?:gun)?fire(?!\s+(?:services?|brigades?|crews?|fighters?|"
    r"departments?|stations?|engines?|trucks?|safety|alarms?|exits?|chiefs?|officers?))|"
    r"unmanned (?:aerial |combat )?(?:vehicles?|aircraft)|uavs?|"
    r"artillery|aircraft|helicopters?|gunships?|warships?|tanks|(?:tank|armou?red) columns?|mortars?|security service|intelligence (?:agency|services?)|spy agency|special services|air[- ]?strikes?|strikes?|attacks?|raids?|bombardment|"
    r"shelling|offensive|defen[cs]e forces|military's|gunmen|fighters|militants|guerrillas|insurgents|rebels|commandos?|special forces|units|border guards?|border police|"
    r"coast guard|marines|paratroopers|naval forces|militia(?:s|men)?|destroyers?|frigates?|submarines?|cruisers?|corvettes?|"
    r"(?:aircraft )?carriers?|battleships?|"
    # "Israel's overnight strikes", "Russia's latest massive attack"
    r"(?:(?:overnight|latest|new|fresh|deadly|renewed|retaliatory|surprise|massive|heavy|dawn|night|nightly|coordinated|"
    r"targeted|recent|first|second|third|pre-?emptive|punitive|unprecedented|large-scale|combined|drone and missile)\s+){1,2}"
    r"(?:air[- ]?strikes?|strikes?|attacks?|raids?|bombardments?|shelling|offensive|assault|barrage)|"
    r"(?:precision |precise |military )?strikes?))\b",
    IC,
)
# matched where the subject ends (pattern.match(text, end), or SentenceInfo.match)
KINETIC_VERB_AFTER_SUBJECT: Final = rx(
    # (not across a verb of speech or reaction, whose object the act is: "what Riyadh called repeated attacks")
    r"(?:[\s,]+(?:(?!(?:called|condemned|denounced|described|termed|branded|decried|deplored|critici[sz]ed|urged|accused|"
    r"blamed|stop|halt|end|prevent)\b)\w+\s+){0,3}?)?\s*(?:has |have |had |reportedly |also )?"
    # (a verb, not the noun after a determiner: "Jordan condemned the strikes")
    r"(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\ba )(?<!\ban )(?<!\bthese )(?<!\bthose )(?<!\bsuch )"
    r"(?:struck|bombed|attacked|launched|fired|hit|carried out|conducted|pounded|shelled|targeted|raided|strikes|attacks|"
    # headlines speak in the present: "Ukraine hits Russian oil terminal"
    r"bombs|shells|launches|fires|hits|pounds|raids|targets|carries out|conducts|mounted|mounts|invaded|invades)\b",
    IC,
)
# Labour, sport, metaphor: an adjacent word that makes "strike"/"attack" not war.
TRIGGER_VETO: Final = rx(
    r"\b(?:hunger|general|labou?r|workers'?|teachers'?|nurses'?|doctors'?|rail|transport|national|sit-in|warning|"
    r"wildcat|student|staff)\s+strikes?\b|\bon strike\b|\bstrik(?:e|es|ing)\s+(?:a|an|the)?\s*(?:deal|balance|chord|note|pose|"
    r"agreement|bargain|compromise|tone|match)\b|\bstruck\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:deal|balance|chord|note|pose|agreement|bargain|"
    r"compromise|tone)\b|\b(?:heart|panic|asthma|shark|dog|cyber|ransomware|verbal|personal|political)\s*-?\s*attacks?\b|"
    r"\battack ads?\b|\bstrike (?:price|rate|zone)\b|\blucky strike\b|"
    # a walkout told with those who walk out, whatever they make: "Workers at an arms factory ... ended a three-week strike"
    r"\b(?:workers|employees|staff|miners|dockers|unions?|teachers|nurses|doctors|drivers|pilots)\b(?:\s+[\w'’,-]+){0,12}?\s+"
    r"(?:ended|began|staged|called|held|joined|started|continued|suspended|called off|went on)\s+(?:an?\s+|the\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?strikes?\b|\b(?:indefinite|open-ended|rolling)\s+strikes?\b|"
    # force short of arms: "fired water cannon at a Philippine supply boat", "fired warning shots"
    r"\b(?:fired|firing|fires|fire|used|using)\s+(?:water\s+cannons?|tear\s*gas|rubber\s+bullets|flares|lasers?|"
    r"stun\s+grenades)\b|"
    # a wound told by what hit the wounded: "the commander was hit by shrapnel" (the act is told apart, if at all)
    r"\b(?:was|were|been|being)\s+hit\s+by\s+(?:shrapnel|debris|a\s+(?:stray\s+)?bullet|bullets)\b|"
    # campaigns of words: "launched a charm offensive in Southeast Asia"
    r"\b(?:charm|diplomatic|media|PR|public relations|peace|legal|legislative|propaganda|publicity|marketing|sales) offensives?\b|"
    r"\b(?:blistering|scathing|stinging|withering|furious|bitter|veiled|rhetorical|verbal) attacks?\b|\bbomb(?:ed|s)? at the box office\b|"
    # attacks in words, by who made them or where: "was attacked by trolls on social media", "attacked online"
    r"\battack(?:ed|s|ing)?\s+(?:by\s+(?:[\w-]+\s+)?(?:trolls|critics|commentators|bloggers|users|columnists)|online|on\s+social\s+media)\b|"
    r"\bbox[- ]office bombs?\b|"
    # a test or a show of force at sea: "fired two ballistic missiles into the sea off its east coast", "fired artillery shells
    # into waters off its west coast" (not "into waters near South Korea's Yeonpyeong island": the shells that landed on it)
    r"\b(?:fired|launched)\s+(?:[\w-]+\s+){0,6}?(?:missiles?|rockets?|shells|rounds)\s+(?:[\w-]+\s+){0,3}?into\s+(?:the\s+(?:sea|ocean)|"
    r"(?:the\s+)?waters\s+off\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?coast)\b|"
    # a market's flop: "shares of the developer bombed on their debut"
    r"\b(?:shares|stocks?|bonds|debut|IPO|flotation|listing)\b(?:\s+[\w'’-]+){0,8}?\s+bombed\b|"
    # a kind of weapon, not an act: "attack drones", "attack helicopters", "strike aircraft"
    # (the word alone: "a Russian attack drone ... crashed into a barn" still tells an act)
    r"\battack(?= (?:drones?|helicopters?|aircraft|jets|submarines?|boats|craft)\b)|\bstrike(?= (?:aircraft|drones?|fighters?|jets|groups?)\b)",
    IC,
)
CONTEXT_VETO: Final = {
    "labour": rx(r"\b(?:unions?|workers|walkouts?|picket(?:s|ing)?|wages?|pay (?:dispute|rise|deal)|collective bargaining|employees|strikers)\b", IC),
    "sport": rx(r"\b(?:match|goals?|striker|league|tournament|coach|innings?|wickets?|scored|football|soccer|cricket|"
                        r"tennis|basketball|championship|cup final|penalty|referee|quarterback|pitcher|home run|bowlers?|batsm[ae]n|batters?|"
                        r"bowling|batting|Test match|the Test|fixture|squad|midfielder|playoffs?|semi-?finals?|chess|world champion|"
                        r"cycling|cyclists?|peloton|breakaway|yellow jersey|final climb|the stage|sprint finish|time trial|"
                        r"\d{1,3}(?:st|nd|rd|th) minute|(?:beat|won|lost|drew|win|defeat|victory)\s+(?:[\w-]+\s+){0,3}?\d{1,2}-\d{1,2})\b", IC),
    "weather": rx(r"\b(?:lightning|storms?|hurricane|typhoon|cyclone|tornado|earthquakes?|quakes?|floods?|flooding|"
                          r"wildfires?|tsunami|heatwave|weather|landslides?|volcan\w+|asteroid|meteor)\b", IC),
    "exercise": rx(r"\b(?:exercises?|drills?|war ?games?|simulated|simulations?|rehearsals?|test-fir(?:ed|es|ing|e)|"
                           r"test[- ]launch(?:ed|es|ing)?|(?:missile|weapons?|rocket) tests?|"
                           r"training(?! (?:camps?|centres?|centers?|bases?|facilit\w+|grounds?)\b)|mock)\b", IC),
    # a launch into space is no strike: "an Ariane 6 rocket launched from French Guiana placed two satellites into orbit"
    # a show, not an act: "a swarm of drones lit up the sky ... in a light show"
    "show": rx(r"\b(?:light shows?|drone shows?|air ?shows?|fireworks (?:display|show)s?|flypasts?|aerobatic|box office)\b", IC),
    "space": rx(r"\b(?:into orbit|in orbit|orbital|spaceport|cosmodrome|space station|space agency|launch pad|satellites? into)\b", IC),
    "arms_sale": rx(r"\b(?:arms (?:deal|sale)s?|sold|sells|sale of|purchase[ds]?|procure\w*|contract (?:for|to)|deliver(?:y|ies) of|export\w*)\b", IC),
    "politics": rx(r"\b(?:no-confidence|confidence vote|impeachment|election campaign|opinion poll|polls?|budget|"
                           r"parliament|lawmakers|debate|policy|legislation|manifesto|campaign trail)\b", IC),
    # words answered with words: "the minister hit back, calling the remarks an insult"
    "rhetoric": rx(r"\b(?:hit(?:s|ting)? back|struck back|remarks|insults?|critici[sz]\w*|speech|rhetoric|accusations?|"
                           r"war of words|tirade|op-ed)\b", IC),
    "cyber": rx(r"\b(?:hackers?|hacking|hacked|malware|ransomware|phishing|data breach|cyber\w*|DDoS)\b", IC),
    "crime": rx(r"\b(?:robbery|burglary|mugging|stabbing|domestic|gang|police said the suspect|carjacking)\b", IC),
}
# All of them in one scan: which contexts a sentence has, in one pass instead of seven.
CONTEXT_SCAN: Final = rx("|".join(f"(?P<{name}>{pattern.pattern})" for name, pattern in CONTEXT_VETO.items()), IC)


# The contexts that veto even an unambiguous trigger ("a drone strike" in a drill is still a drill).
ALWAYS_VETO: Final = ("exercise", "arms_sale", "space", "show")
# The contexts that veto an ambiguous trigger even among military words ("hackers attacked a warship builder's servers").
DESPITE_MILITARY_VETO: Final = ("cyber",)
ALWAYS_VETO_SCAN: Final = rx(
    "|".join(f"(?P<{name}>{CONTEXT_VETO[name].pattern})" for name in (*ALWAYS_VETO, *DESPITE_MILITARY_VETO)), IC
)


def contexts_of(info: SentenceInfo, *, only_always: bool = False) -> list[str]:
    """The veto contexts (CONTEXT_VETO's names) a sentence has, in order of first appearance.

    only_always: look for ALWAYS_VETO and DESPITE_MILITARY_VETO alone, a scan of four patterns instead of eleven,
    when the trigger is unambiguous and the others would be ignored anyway.
    """
    scan = ALWAYS_VETO_SCAN if only_always else CONTEXT_SCAN
    return list(dict.fromkeys(m.lastgroup for m in info.finditer(scan) if m.lastgroup))


# What was said might happen, or was denied: not a report of an act.
MODALITY: Final = rx(
    r"\b(?:(?<!-)threaten(?:ed|s|ing)?(?: to)?|vow(?:ed|s)? to|warn(?:ed|s|ing)? (?:on \w+ )?(?:that|of|it would|it could|against)|"
    # a hypothetical act: "any strike on Iraqi territory would be treated as aggression"
    r"any (?:[\w-]+ )?(?:strikes?|attacks?|aggression|incursions?|attempts?)|"
    r"could (?:strike|attack|hit|target)|would (?:strike|attack|hit|retaliate|respond)|may (?:strike|attack)|might (?:strike|attack)|"
    # (whole phrases, so that the prefilter's gate for them is "will strike", not "strike" alone)
    r"will strike|will attack|will hit|will target|will bomb|will retaliate|will respond|shall strike|['’]ll strike|['’]ll hit|"
    # what someone says ought to be done: "Israel must strike the sites now, the senator said"
    r"(?:must|should|ought to|needs? to|has to|have to) (?:strike|attack|hit|target|bomb)|"
    # the passive of what may come: "Poland could be struck first"
    r"(?:could|would|might|may|will) be (?:struck|attacked|hit|targeted|bombed)|"
    r"plans? to|planning (?:to|a|an)|consider(?:ing|s|ed)? (?:a |an )?(?:military )?(?:strikes?|attacks?|options?)|"
    r"if (?:\w+ ){1,3}(?:strikes?|attacks?|were to)|ready to (?:strike|attack)|prepared to (?:strike|attack)|"
    # "if its troops ever crossed into the region"
    r"if (?:\w+ ){1,4}?(?:ever )?(?:crossed|invaded|advanced|pushed)\b|"
    r"calls? for (?:a |an )?(?:strikes?|attacks?)|urged? (?:\w+ ){0,3}to (?:strike|attack)|hypothetical|scenario|"
    # the risk of it: "traders weighed the risk that Houthi attacks on shipping could resume", "fears of an Israeli strike"
    r"(?:risks?|fears?|threat|danger|prospect|possibility|spectre|specter)\s+(?:that|of)\b|"
    # what may yet happen: "an Israeli strike on Iran's nuclear sites remained possible"
    r"(?:remains?|remained|is|was|are|were|seems?|seemed|looks?|looked)\s+(?:still\s+|increasingly\s+|quite\s+|entirely\s+|now\s+)?"
    r"(?:possible|likely|unlikely|probable|inevitable|imminent)|"
    r"deni(?:ed|es)|deny(?:ing)?|(?:rejected|dismissed) (?:[\w'’-]+ ){0,6}?(?:claims?|reports?|allegations?|accusations?)|did not carry out|was not behind|had no involvement|"
    r"fake|false claims?|disinformation|no (?:air)?strikes? (?:took place|occurred|were carried out)|"
    r"(?:attacks?|strikes?|invasion|war|blockade)\s+(?:[\w'’-]+[,;]?\s+){0,5}?(?:could|would|might)\s+(?!have\b)|"
    # what is promised, not done: "the group would continue its attacks until the war ended"
    r"(?:would|will|to|vow(?:ed|s)? to)\s+(?:continue|keep up|step up|resume|escalate|intensify)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:attacks|strikes|operations|raids|bombing|shelling)|"
    # what a weapon is for: "to help protect cities against Russian missile attacks"
    r"(?:protect|defend|shield|guard|secure)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:against|from)\s+(?:[\w'’-]+\s+){0,2}?(?:attacks?|strikes?|raids?|drones?|missiles?)|"
    # talk of strikes is not a strike: "talk in European capitals of strikes on Russian territory"
    r"(?:talk|speculation|discussion|debate)s?\s+(?:[\w'’-]+\s+){0,4}?(?:of|about|over)\s+(?:[\w'’-]+\s+){0,2}?(?:strikes?|attacks?))",
    IC,
)
BACKGROUND_CUE: Final = rx(
    r"\b(?:anniversary|years? ago|decades? ago|back in|in the past|previously|historic(?:al(?:ly)?)?|history|"
    r"since (?:the )?(?:war|conflict|start|beginning|(?:19|20)\d\d)|following the (?:\w+ ){0,4}(?:attack|war|invasion) (?:on|of|in)|"
    r"has (?:killed|been killed)|(?<!may )(?<!might )(?<!could )(?<!must )(?<!to )have (?:killed|been killed)|so far|to date|in total|cumulative|at least \d[\d,]* (?:people )?(?:have|had) been|"
    # the war as a habit, not an act: "a response to Russia's continued attacks on Ukrainian cities"
    r"(?:continued|continuing|ongoing|repeated|persistent|relentless|constant|frequent|near-daily|daily|nightly|regular) "
    r"(?:[\w-]+ ){0,2}?(?:attacks|strikes|air ?strikes|shelling|bombardments?|bombing|raids|aggression))\b",
    IC,
)
# More ways of telling the past, each its own pattern so that each has its own prefilter gate: joined to
# BACKGROUND_CUE, words as common as "in the" would open the gate of the whole alternation in most sentences.
BACKGROUND_CUES: Final = (
    BACKGROUND_CUE,
    # the start of a war told as a marker of time: "since Russia launched its full-scale invasion"
    rx(r"\bsince (?:[\w'’-]+ ){1,3}?(?:invaded|launched|began|started|mounted)\b", IC),
    # the recent past told as such: "carried out weeks of strikes earlier this year"
    rx(r"\b(?:earlier this (?:year|month)|last (?:year|month|summer|spring|autumn|winter|fall)|in recent (?:weeks|months|years))\b", IC),
    rx(r"\b(?:weeks|months|years) of (?:[\w-]+ )?(?:strikes|attacks|air ?strikes|bombing|shelling|raids|fighting)\b", IC),
    # a past war by its length or year: "during the five-day conflict", "in the 1973 war"
    rx(r"\b(?:during|in|throughout) the (?:[\w-]+-(?:day|week|month|year)|(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?) "
               r"(?:war|conflict|invasion|occupation|campaign)\b", IC),
)
# footage of the past: history whatever day the sentence names ("the film, out on Saturday, uses archive footage of ...")
ARCHIVE_CUE: Final = rx(
    r"\b(?:(?:archive|archival|file)\s+(?:footage|images|video|photos?|pictures)|"
    # a story told: "a new documentary follows a drone pilot who carried out strikes"
    # (a clause of its own between: "The film, which opens on Friday, tells the story of a drone strike")
    r"(?:documentary|film|movie|novel|book|memoir|play|series|video game|game)(?:,\s+(?:which|that)\s+[^,]{1,60},)?\s+(?:that\s+)?"
    r"(?:follows|tells|depicts|recreates|recounts|portrays|"
    r"dramati[sz]es|imagines|is about|about|in which|based on))\b", IC)
WEAPONS: Final[list[tuple[str, Rx]]] = [
    ("drone", rx(r"\bdrones?\b|\bUAVs?\b|\bkamikaze\b", IC)),
    ("missile", rx(r"\bmissiles?\b|\brockets?\b|\bballistic\b|\bcruise\b", IC)),
    ("air", rx(r"\bair[- ]?strikes?\b|\bair[- ]?raids?\b|\bwarplanes?\b|\bfighter jets?\b|\bjets\b|\bbomb(?:ed|ing|er)s?\b|\bair force\b", IC)),
    ("artillery", rx(r"\bartillery\b|\bshell(?:ing|ed|s)\b|\bmortars?\b|\bhowitzers?\b", IC)),
    ("ground", rx(r"\bground (?:offensive|incursion|assault|operation|troops)\b|\braid(?:ed|s)?\b|\bcommandos?\b|\bincursion\b|\btanks\b", IC)),
]
LOCATIVE_BEFORE: Final = rx(
    r"(?:\b(?:in|on|at|near|into|inside|outside|across|along|over|toward|towards|targeting|against|around|of|struck|hit|bombed|"
    r"pounded|shelled|attacked|raided)\s+(?:the\s+)?(?:(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?\s+)?"
    # "in occupied Melitopol", "in rebel-held Goma", "in Russian-controlled Donetsk"
    r"(?:(?:[\w]+-)?(?:occupied|held|controlled|annexed|besieged|embattled|front-?line)\s+)?"
    r"(?:city|town|village|capital|port|province|region|outskirts|centre|center|"
    r"district|suburbs?|area|heart)?\s*(?:of\s+)?(?:the\s+)?)$",
    IC,
)

# ------------------------------------------------------------------ persons
LEADER_ROLES: Final = rx(
    r"\b(?:(?:supreme |deputy |senior |top |former |acting |military |political |spiritual |de facto )*"
    r"(?:prime minister|premier|president|vice[- ]president|emir|king|queen|crown prince|sultan|chancellor|ayatollah|"
    r"(?:defen[cs]e |foreign |interior |finance |security )?minister|secretary[- ]general|chief of (?:the )?(?:general )?staff|national security advis[eo]r|"
    r"secretary of (?:the )?(?:[\w'’-]+ ){0,3}?(?:council|committee)|party secretary|"
    r"speaker of (?:the )?(?:[\w'’-]+ ){0,2}?(?:parliament|assembly|house|senate|congress)|parliamentary speaker|"
    r"(?:lieutenant |major |brigadier |air )?general|commander(?:-in-chief)?|admiral|colonel|chief|head|leader|founder|"
    r"member of (?:\S+ ){0,2}(?:political bureau|politburo|military council|political council|shura council|jihad council|executive council|leadership|"
    r"central council|central committee|leadership council|supreme council|"
    r"military wing|armed wing)|"
    r"political bureau member|politburo member|"
    r"governor|mayor|presidential (?:candidate|hopeful|contender)|spokesm[ae]n|spokesperson|official|negotiator|office director|director|"
    r"aide|bodyguard|(?<=his )deputy|(?<=her )deputy)s?)\b",
    IC,
)
SENIOR_ROLE: Final = rx(
    r"prime minister|premier|president|emir|king|queen|crown prince|sultan|chancellor|ayatollah|minister|secretary[- ]general|national security advis[eo]r|"
    r"chief|general|commander|admiral|colonel|head|leader|founder|political bureau|politburo|military council|political council|shura council|jihad council|executive council|governor|negotiator|"
    r"central council|central committee|leadership council|supreme council|"
    # "the speaker of Libya's parliament"
    r"speaker of (?:the )?(?:[\w'’-]+ ){0,2}?(?:parliament|assembly|house|senate|congress)|parliamentary speaker|"
    r"mayor|presidential (?:candidate|hopeful|contender)|office director|"
    # "the secretary of the Supreme National Security Council", "the party secretary"
    r"secretary of (?:the )?(?:[\w'’-]+ ){0,3}?(?:council|committee)|party secretary|"
    # "an opposition senator seeking the presidency"
    r"(?:senator|lawmaker|politician|candidate|governor|mayor|minister)\s+(?:seeking|running\s+for)\s+(?:the\s+)?presidency|"
    # "the director of the Houthi leader's office"
    r"director of (?:the )?(?:[\w'’-]+ ){0,3}?(?:leader|president|prime minister|chief|commander|emir)['’]s office",
    IC,
)
RELATION: Final = rx(r"\b(?P<rel>son|daughter|brother|sister|wife|husband|father|mother|nephew|cousin|grandson|aide|bodyguard|office director|deputy)s?\s+of\s+", IC)
TITLES: Final = frozenset(["Sheikh", "Sheik", "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Sgt", "Capt", "Adm", "Brig", "Cdr", "Cmdr", "Sen", "Rep", "Gov", "Pres", "Prof", "Rev", "Imam", "Mullah", "Hajj"])
ROLE_WORDS: Final = frozenset(
    ["Prime", "Minister", "President", "Vice", "Emir", "King", "Queen", "Crown", "Prince", "Sultan", "Chancellor", "Ayatollah", "Defense", "Defence", "Foreign", "Interior", "Finance", "Security", "Secretary", "General", "Chief", "Staff", "Lieutenant", "Major", "Brigadier", "Commander", "Admiral", "Colonel", "Head", "Leader", "Supreme", "Deputy", "Senior", "Former", "Acting", "Founder", "Governor", "Spokesman", "Spokesperson", "Official", "Director", "Opposition", "Minister's", "Office"]
)
NOT_A_PERSON: Final = rx(
    r"\b(?:Court|Office|Ministry|Council|Agency|Army|Forces|Force|Party|Front|Brigades?|University|Television|TV|News|Jazeera|"
    r"Nations|Union|League|Cooperation|Commission|Alliance|Coalition|Federation|Tribunal|Mission|Committee|Bureau|Department|Corps|Guard|Police|Parliament|Assembly|Government|Authority|Organization|"
    r"Organisation|Institute|Bank|Fund|Company|Group|Agency|Press|Times|Post|Journal|Reuters|Associated|Airways|Airlines|"
    r"Hospital|School|Street|Square|Road|Mosque|Church|Palace|House|Strip|Bank|Sea|River|Valley|Heights|Crisis|Conflict|War|"
    r"Day|Month|Week|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ceasefire|Operation|"
    r"According|The|This|That|These|Those|His|Her|Their|Its|He|She|They|We|It|In|On|At|After|Before|During|While|Praising|"
    r"Last|Meanwhile|However|Despite|Also|But|And|Or|When|Where|Since|Following|Speaking|Asked|Earlier|Later)\b"
)
# (matched where a name ends: match(text, end), no copy of the rest of the sentence)
REPORTING_VERB: Final = rx(r"\W{0,3}\s*(?:,\s*)?(?:said|says|told|confirmed|stressed|added|announced|claimed|stated|noted|wrote|posted|warned|tweeted)\b", IC)

KILLED: Final = rx(r"\b(?:killed|dead|died|slain|gunned down|assassinated|eliminated|martyred|lost (?:their|his|her) li(?:ves|fe)|killing)\b", IC)
# a death of wounds, as a leader's fate: "has succumbed to injuries he suffered in the strike", "succumbed on Sunday to his
# wounds" (a pattern of its own, in words of bounded length: cues_found searches only as far from "succumb" as a match reaches)
SUCCUMBED: Final = rx(r"\bsuccumbed(?: [\w-]{1,20}){0,3}? to (?:his |her |their |the )?(?:[\w-]{1,20} )?(?:injuries|wounds)\b", IC)
# a death told as a noun, the person after it: "confirmed the death of X", "mourned the killing of their commander, X"
# (or owned by the dead: "Hezbollah confirmed Karaki's death")
DEATH_OF: Final = rx(r"\b(?:death|killing|assassination|murder)\s+of\b|['’]s\s+death\b(?!\s+(?:sentence|penalty|toll))", IC)
# or by what was found of them: "the body of X was recovered", "the remains of their commander" (a pattern of its own, so
# that each keeps a literal gate small enough to test over a whole article first: see cues_found)
REMAINS_OF: Final = rx(r"\b(?:body(?<!governing\sbody)|remains)\s+of\b", IC)
# the death of one just named, told by those who announce it: "Hezbollah announced his death a day later"
# a fate not known: "Safieddine's fate remains unknown"
FATE_UNKNOWN: Final = rx(r"['’]s?\s+fate\s+(?:remains|remained|was|is)\s+(?:still\s+)?(?:unknown|unclear|not\s+known)\b", IC)
DEATH_ANNOUNCED: Final = rx(r"\b(?:announced|confirmed|mourned|reported)\s+(?:his|her)\s+death\b", IC)
_HURT: Final = r"wounded|injured|hurt|maimed|wounding|injuring|gunshot wounds?|hit\s+by\s+(?:shrapnel|a\s+bullet)"
# the state of the wounded: "is in hospital in serious condition"
_CONDITION: Final = r"(?:serious|critical|grave|life-threatening)\s+condition"
_HURT_OTHERWISE: Final = (
    r"escaped\s+with\s+(?:minor|light|slight)\s+(?:injuries|wounds)|"  # "escaped with minor injuries"
    r"(?:was|were)\s+(?:taken|rushed|airlifted|flown)\s+to\s+(?:a\s+)?hospital|"
    r"(?:was|were|been|being|got)\s+shot(?!\s+dead|\s+and\s+killed)(?:\s+\w+){0,3}?\s+(?:times|in|through|at)\b|"
    r"(?:was|were|been|being|got)\s+shot(?=[\s,.;]+(?:on|after|while|as|when|during|near|outside)\b)"
)
WOUNDED: Final = rx(rf"\b(?:{_HURT}|in\s+(?:a\s+)?{_CONDITION}|{_HURT_OTHERWISE})\b", IC)
# WOUNDED as the cue scan looks for it (OUTCOME_CUE): one pattern without the state, and the state from its adjective on.
# Every match of WOUNDED holds a match of one of them, so the cue misses no article WOUNDED reads; the state's matches
# start with "in" and white space, the commonest start of any, where the adjective is rare (a third of the occurrences
# the scan of a general article found were that "in").
_WOUNDED_BUT_THE_STATE: Final = rx(rf"\b(?:{_HURT}|{_HURT_OTHERWISE})\b", IC)
_WOUNDED_STATE: Final = rx(rf"\b{_CONDITION}\b", IC)
# (not "escaped with minor injuries", which is wounded: WOUNDED reads it)
SURVIVED: Final = rx(r"\b(?:survived|escaped(?!\s+with\s+(?:minor|light|slight)\s+(?:injuries|wounds))|unharmed|unhurt|unscathed|not harmed|not hurt|not injured|uninjured|were safe|was safe|safely)\b", IC)
ATTACK_WORDS: Final = rx(
    r"\b(?:attacks?|attacked|attacking|strikes?|struck|air[- ]?strikes?|assassination|eliminated|bomb\w*|shell\w*|missiles?|drones?|raids?|"
    r"raided|stormed|ambush\w*|gunmen|gunman|armed men|shot|shooting|opened fire|came under (?:heavy )?(?:fire|attack)|murdered|assassinated|slain|gunned down|stabbed|"
    r"explosions?|blasts?|targeted|explosives|explosive device|detonated|booby-trapped|blew up|"
    r"attackers?|assailants?|grenades?|gunfire|shots|car bomb|suicide bomber|IEDs?|rockets?|mortars?|artillery|"
    r"attempt on (?:his|her|their) li(?:fe|ves)|(?:attempt(?:ed|s)?|tried|trying|tries) to (?:kill|assassinate)|"
    # an armed force the subject of a killing: "Hezbollah guerrillas killed the deputy chief of ..."
    r"(?:guerrillas|militants|fighters|rebels|insurgents|troops|soldiers|commandos)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:killed|shot|assassinated|ambushed|murdered|executed))\b",
    IC,
)
NON_ATTACK_OUTCOME: Final = rx(
    # (care that tells an illness only with no attack beside it: "in critical condition after surgery" for gunshot wounds)
    r"\b(?:(?P<medical>surgery|hospitali[sz]ed for)|no-confidence|confidence vote|vote|illness|natural causes|cancer|heart (?:failure|attack)|stroke|car (?:crash|accident)|"
    r"plane crash|helicopter crash|(?:plane|aircraft|helicopter|jet|car)\s+crashed(?!\s+(?:into|after\s+being))|old age|scandal|election|impeachment|recall|"
    r"(?:road|traffic|train|boating|climbing|mining) accident|accidental|avalanche|earthquake|floods?|landslide|storm|drown(?:ed|ing)|"
    # the accident told by what the vehicle did: "when his car overturned on a motorway", "blaming a burst tyre"
    r"overturned|rolled over|collided|collision|burst tyre|crash-land\w*|(?:technical|mechanical) (?:fault|failure|problem)|"
    # what hit them was no weapon: "struck by a bird", "hit by a lorry", "killed by a wild elephant", "struck by lightning"
    r"(?:hit|struck|killed|mauled|trampled|attacked)\s+by\s+(?:an?\s+)?(?:wild\s+|stray\s+|passing\s+)?(?:birds?|lorry|truck|bus|car|train|van|"
    r"lightning|falling\s+tree|tree|elephants?|tigers?|bears?|leopards?|lions?|crocodiles?|sharks?|dogs?|snakes?|animals?|"
    r"protesters|demonstrators|hecklers)|bird\s+strike|"
    # force short of arms, and fiction: "pelted with eggs", "killed off in the final episode"
    r"(?:pelted\s+with|throwing|threw|thrown)\s+(?:\w+\s+)?(?:eggs|milkshakes?|paint|tomatoes|flour)|killed\s+off|(?:final|last|latest)\s+episode)\b",
    IC,
)
# Violent death said outright: an attack on the person even where no weapon is named ("the mayor was killed ...")
VIOLENT_DEATH: Final = rx(
    r"\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:killed|assassinated|murdered|slain|gunned down|shot dead|stabbed to death)\b|"
    r"\b(?:killing|assassination|murder)\s+of\b", IC
)

# ------------------------------------------------------------------ context events
CONDEMN: Final = rx(
    r"\b(?:condemn(?:ed|s|ing|ation)?|denounc(?:ed|es|ing)|deplor(?:ed|es)|decr(?:ied|ies)|lambast(?:ed|s)?|"
    # "slammed the attack as barbaric", not "slammed into a building"
    r"slam(?:med|s)\b(?!\s+(?:into|shut|down|on\b|against|through|the\s+brakes))|"
    # "called the raid a flagrant breach of international law"
    r"(?:flagrant|blatant|grave|clear) (?:violation|breach) of)\b",
    IC,
)
CEASEFIRE: Final = rx(r"\b(?:ceasefire|cease-fire|truce|peace talks|mediation|mediat(?:e|ed|ing|or|ors)|negotiat(?:ions?|ing|ors?|e)|armistice|hostage deal|"
                             # talks a third party holds between the sides: "Qatar has hosted separate talks between ..."
                             r"(?:hosted|hosting|hosts|brokered|brokering) (?:[\w-]+ ){0,2}?talks between)\b", IC)
# (the words before the count are at most context._COUNT_LEAD characters long)
_COUNT_OF_PEOPLE: Final = (
    r"\s+(?P<pop>(?:[A-Z][a-z]+\s+)?(?:people|civilians|Palestinians|Israelis|Ukrainians|Russians|Syrians|Yemenis|Lebanese|Sudanese|"
    r"soldiers|troops|fighters|children|women|persons|residents|villagers|militants|[A-Z][a-z]+(?:is|ans|ese)))\b"
    r"(?P<tail>[^.]{0,80}?\b(?:killed|dead|died|wounded|injured|lost their lives|deaths?|casualties))?"
)
CASUALTY_COUNT: Final = rx(
    r"\b(?:more than |over |at least |nearly |almost |about |some |around )?(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?: (?:million|thousand))?)"
    + _COUNT_OF_PEOPLE,
)
# What the cue gate asks of CASUALTY_COUNT: whether a match is there at all. Without the words before the count, and
# with its first digit first (the boundary before it checked after it), there is one wherever CASUALTY_COUNT has one,
# and `re` skips from digit to digit, where a pattern that opens with \b or a choice of words is tried at every position.
_CASUALTY_COUNT_TOLD: Final = rx(r"\d(?<!\w\d)(?:\d{0,2}(?:,\d{3})+|\d*(?:\.\d+)?(?: (?:million|thousand))?)" + _COUNT_OF_PEOPLE)
# the words between a count and "were killed" ("two soldiers guarding the convoy were killed"): up to five, none
# a number or a span of time, so that "two days after 30 people were killed" does not count two
_TOLL_GAP: Final = (r"(?:(?!(?:\d|(?:days?|weeks?|months?|years?|hours?|after|before|since|ago|and|or|killed|dead|died|wounded|injured|"
             rf"hurt|{COUNT_WORDS})\b))[\w'’-]+\s+){{0,5}}?")
KILLED_COUNT: Final = rx(
    rf"\b(?:killed|killing|kills|left)\s+(?:at least |more than |over |some |nearly |about )?(?P<n>\d{{1,3}}(?:,\d{{3}})*|{COUNT_WORDS}|a dozen|dozens)\b|"
    rf"\b(?:at least |more than |over |some |nearly |about )?(?P<n2>\d{{1,3}}(?:,\d{{3}})*|{COUNT_WORDS}|a dozen|dozens)\s+"
    rf"{_TOLL_GAP}(?:were |was |have been |had been )?(?:also |all |reportedly |later )?(?:killed|dead|died)\b",
    IC,
)
WOUNDED_COUNT: Final = rx(
    rf"\b(?:wounded|injured|wounding|injuring)\s+(?:at least |more than |over |some |nearly |about )?(?P<n>\d{{1,3}}(?:,\d{{3}})*|{COUNT_WORDS}|dozens)\b|"
    rf"\b(?:at least |more than |over |some |nearly |about )?(?P<n2>\d{{1,3}}(?:,\d{{3}})*|{COUNT_WORDS}|dozens)\s+"
    rf"{_TOLL_GAP}(?:were |was |have been )?(?:also |all |reportedly |later )?(?:wounded|injured|hurt)\b",
    IC,
)
SINGLE_VICTIM: Final = rx(
    r"\b(?:death|killing) of (?P<v>(?:a|an|one) [\w'’ -]{3,60}?)(?= in\b| during\b| at\b| and\b|[,.;]|$)", IC
)
COURTS: Final = rx(
    r"\b(?P<court>International Criminal Court|ICC|International Court of Justice|ICJ|European Court of Human Rights|"
    r"Supreme Court|[A-Z][a-z]+ (?:High |Supreme |Federal |Military )?Court|tribunal|[Pp]rosecutors?(?: in [A-Z][a-z]+)?|"
    # "a Bangkok court", "a Moscow military court"
    r"(?<=\b[Aa] )[A-Z][a-z]+ (?:military |criminal |district |regional |appeals? |high )?court|"
    # judges who act for a court: "investigating judges in Paris", "French judges", "a Spanish investigating judge"
    r"(?:[Ii]nvestigating |[Ii]nvestigative )?[Jj]udges? in [A-Z][a-z]+(?: [A-Z][a-z]+)?|"
    r"(?!(?:The|A|An|Two|Three|Four|Several|Some|Many|Other|Its|Their|Most|All)\b)[A-Z][a-z]+ (?:investigating |investigative )?judges?|"
    r"(?:[Mm]ilitary |[Ff]ederal |[Dd]istrict |[Rr]egional |[Hh]igh |[Cc]riminal |[Aa]ppeals? )?court in [A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)
LEGAL: Final = rx(
    r"\b(?:arrest warrants?|warrants? for|indict(?:ed|ment|s)|charged|charges against|prosecut(?:e|ed|ion)|"
    r"genocide case|lawsuit|sued|case (?:against|at|before|brought by)|war crimes (?:case|charges|investigation)|"
    r"(?:opened|began|held|concluded) hearings|"
    # "a court in The Hague began hearing a new case over the downing of"
    r"(?:began|begins|started|opened|resumed) hearing (?:a |the )?(?:[\w-]{1,20} )?(?:case|appeal|trial)|"
    r"convicted|sentenced|ruling against|ruled)\b",
    IC,
)
NUMBER_WORDS: Final = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "a dozen": 12, "dozens": 24,
}


def parse_count(raw: str) -> int | None:
    raw = raw.lower().strip()
    if raw in NUMBER_WORDS:
        return NUMBER_WORDS[raw]
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)(?: (million|thousand))?", raw)
    if not m:
        return None
    value = float(m.group(1).replace(",", ""))
    value *= {"million": 1_000_000, "thousand": 1_000}.get(m.group(2) or "", 1)
    return int(value)

INTERNATIONAL_BODIES: Final = rx(
    r"\b(?:the )?(?P<body>United Nations|UN Security Council|Security Council|UN|U\.N\.|European Union|EU|Arab League|"
    r"African Union|NATO|Gulf Cooperation Council|GCC|Organisation of Islamic Cooperation|Organization of Islamic Cooperation|OIC|"
    r"ASEAN|OSCE|Red Cross|ICRC)\b"
)
PRONOUN_SUBJECT: Final = rx(r"^(?:He|She|They)\b")

DEATH_TOLL: Final = rx(
    r"\b(?:death toll\s+(?:[\w'’]+\s+){0,10}?|number of (?:people |civilians |those )?(?:killed|dead)\s+(?:[\w'’]+\s+){0,8}?)"
    r"(?:to|at|of|above|beyond|reached|hit|passed|surpassed|exceeded|topped|crossed)\s+(?:at least |more than |over |the )?"
    rf"(?P<n>\d{{1,3}}(?:,\d{{3}})*|{COUNT_WORDS}|a dozen|dozens)\b(?:\s+mark\b)?",
    IC,
)


# ---------------------------------------------------------------- cheap gates
# Literal fragments ("cue words"), at least one of which a sentence must contain
# (lower-cased) for an extractor's patterns to have any chance. One Aho-Corasick
# pass over the article finds them all (cue_words); an extractor then reads only
# the sentences holding its own (analysis.Doc.hinted), and an article with no
# matching cue is not read at all (cues_found).
STRIKE_HINTS: Final = ("strik", "struck", "attack", " raid", "-raid", " stormed", "offensive", "assault", "incursion", " pound", " hit", " target",
                " shell", "bomb", "missile", "rocket", "drone", "artiller", "assassin", " fired", " launched", " dropped", "explod",
                " opened fire", " opening fire", " opens fire", " open fire", " firing", "slamm", "smash", "plough", "plow", "crash", "fire from",
                "shots from", "shooting from", "barrage", "salvo", "volley", "wave", "swarm",
                "mortar", "projectile", "invad", "invasion",
                "military", " ground ", "cross-border", " precis",
                # a ground advance ("troops pushed deeper into")
                " pushed", " advanced", " pressed", " crossed", " poured", " rolled",
                # fire told by whom it hit
                "fire killed", "fire wounded", "fire injured", "killed by", "wounded by", "injured by", "eliminated ", "neutrali",
                "troops killed", "troops had killed", "troops have killed", "troops has killed",
                # both sides' fire (MUTUAL_FIRE)
                "clashed", "exchanged", "traded")
OUTCOME_HINTS: Final = ("kill", " dead", " died", "succumb", " death of", " body of", " remains of", "'s death", "’s death", "s fate", "murder of", " his death", " her death", "serious condition", "critical condition", " to hospital",
                 "grave condition", "life-threatening condition", "shrapnel", " slain", "assassin", "wound", "injur", " hurt", " shot", "surviv", "escap",
                 "unharm", " harmed", "unhurt", "unscath", " safe", " target", "eliminat", "martyr", "gunned", " maim", " aimed at",
                 "attempt on", "attempt to kill", " alive", "attempt to assassinate", "bid to kill", "bid to assassinate", " lost their", " lost his", " lost her",
                 # every match of ATTACK_ON_VEHICLE
                 " motorcade of", " convoy of", " car of", " vehicle of", " residence of", " home of", " house of", " carrying",
                 # and of VEHICLE_ATTACKED
                 " plane of", " helicopter of",
                 # the named among the casualties (leaders._AMONG)
                 "among them", "among the", "among those", "included",
                 # away when it was struck (leaders._PRONOUN_OUTCOME)
                 "not at home", "not inside", "not there",
                 # the casualty named by those who mourn them (leaders._REIDENTIFIED)
                 "mourned")
CONDEMN_HINTS: Final = ("condemn", "denounc", "deplor", "decri", "violation of", "breach of", "slam", "lambast")
CEASEFIRE_HINTS: Final = ("ceasefire", "cease-fire", "truce", "peace talks", "mediat", "negotiat", "armistice", "hostage deal",
                   "talks between")
LEGAL_HINTS: Final = ("warrant", "indict", "charge", "prosecut", "genocide", "lawsuit", " sued", " case ", "convicted",
               "sentenced", "ruling", " ruled", " hearings")
# a further per-sentence test of the toll reader: a count or a toll phrase
TOLL_HINTS: Final = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", " toll", "number of")


def hints(lower: str, fragments: tuple[str, ...]) -> bool:
    """Does `lower` (lower-cased, with a leading space) contain any of the fragments?"""
    for fragment in fragments:  # noqa: SIM110 - a plain loop: the generator of any() costs more than the tests
        if fragment in lower:
            return True
    return False


# fighting told as both sides' act: "Thai and Cambodian troops exchanged fire along the border", "Indian troops clashed
# with Chinese forces in Ladakh" (strikes._mutual_fire reads who and where)
MUTUAL_FIRE: Final = rx(r"\b(?:clashed|exchanged\s+(?:[\w-]+\s+){0,2}?(?:fire|gunfire|shelling|shots)|"
                                r"traded\s+(?:[\w-]+\s+){0,2}?(?:fire|gunfire|shelling|shots))\b", IC)
# fire on a leader's vehicle or home: "Gunmen opened fire on the motorcade of ...", "ambushed the convoy carrying ..."
ATTACK_ON_VEHICLE: Final = rx(
    r"\b(?:opened fire|fired|shot|attacked|ambushed|bombed|struck|hit|rammed|targeted|targeting|"
    r"(?:exploded|blew\s+(?:himself|herself|themselves)\s+up)\s+(?:under|beneath|beside|next\s+to|near|outside))\s+"
    r"(?:on\s+|at\s+)?(?:the\s+|an?\s+)?"
    # "... the convoy of X", "fired at a car carrying X", "a bomb exploded under the car of X"
    r"(?:(?:motorcade|convoy|car|vehicle|residence|home|house) of|(?:motorcade|convoy|car|vehicle|plane|helicopter) carrying)\b", IC)
# Each extractor's cue: the fragments, the patterns, and what vetoes them.
STRIKE_CUE: Final = (STRIKE_HINTS, (STRONG_TRIGGER, WEAK_TRIGGER, IMPACT_TRIGGER, MUTUAL_FIRE), TRIGGER_VETO)
# a leader's convoy attacked, told in the passive, the fate told later or never: "The convoy of Libya's prime minister came under fire"
VEHICLES: Final = "motorcade|convoy|car|vehicle|plane|helicopter|residence|home|house"
VEHICLE_ATTACKED_VERBS: Final = (r"(?:had\s+)?came\s+under\s+(?:heavy\s+)?(?:fire|attack)|(?:was|had\s+been)\s+(?:attacked|ambushed|hit|targeted|"
                                 r"fired\s+on|shot\s+at|struck|bombed|shelled)")
VEHICLE_ATTACKED: Final = rx(
    # (words of bounded length: cues_found searches as far from a cue word as a match can reach, see reach())
    rf"\b(?:{VEHICLES}) of (?:[\w'’-]{{1,30}} ){{1,6}}?(?:{VEHICLE_ATTACKED_VERBS})\b",
    IC,
)
# anchors (see anchors) that the gate cannot see, as it keeps words apart: every match of the two holds "<vehicle> of" or
# "<vehicle> carrying" (tests/unit/test_fast_paths.py holds them to it)
_VEHICLE_ANCHORS: Final = tuple(f"{vehicle} {word}" for vehicle in VEHICLES.split("|") for word in ("of", "carrying"))
_DECLARED_ANCHORS: Final = {id(ATTACK_ON_VEHICLE): _VEHICLE_ANCHORS, id(VEHICLE_ATTACKED): _VEHICLE_ANCHORS}
# an attack aimed at someone, told before the outcome or without it (ATTACK_ON_VEHICLE and VEHICLE_ATTACKED are further ways)
TARGETING: Final = rx(r"\b(?:target(?:ed|ing)|aimed at|attempt on|(?:attempt(?:ed|s)?|tried|trying|tries|bid) to (?:kill|assassinate))\b", IC)
# (an attack on a vehicle told with its owner first, "the prime minister's residence came under fire", is read only in an
# article with another outcome word: a cue pattern for it cost general news 6% of its time)
OUTCOME_CUE: Final = (OUTCOME_HINTS, (KILLED, SUCCUMBED, DEATH_OF, REMAINS_OF, DEATH_ANNOUNCED, FATE_UNKNOWN, _WOUNDED_BUT_THE_STATE, _WOUNDED_STATE,
                              SURVIVED, TARGETING, ATTACK_ON_VEHICLE, VEHICLE_ATTACKED), None)
CONDEMN_CUE: Final = (CONDEMN_HINTS, (CONDEMN,), None)
CEASEFIRE_CUE: Final = (CEASEFIRE_HINTS, (CEASEFIRE,), None)
LEGAL_CUE: Final = (LEGAL_HINTS, (LEGAL,), None)
# a casualty report needs a toll word near its count (see context.find_casualty_reports)
TOLL_WORDS: Final = ("kill", "dead", "died", "death", "toll", "casualt", "lost their lives", "the lives of", "wound", "injur")
TOLL_CUE: Final = (TOLL_WORDS, (_CASUALTY_COUNT_TOLD, DEATH_TOLL), None)
CUES: Final = (STRIKE_CUE, OUTCOME_CUE, CONDEMN_CUE, CEASEFIRE_CUE, LEGAL_CUE, TOLL_CUE)


def _numbered_patterns() -> tuple[tuple[int, ...], ...]:
    """For each cue, its patterns' numbers: they count on from len(CUES), as in cue_words' answer the ends of each
    pattern's anchors follow the ends of each cue's words."""
    numbers, first = [], len(CUES)
    for _, patterns, _ in CUES:
        numbers.append(tuple(range(first, first + len(patterns))))
        first += len(patterns)
    return tuple(numbers)


_SLOTS: Final = _numbered_patterns()


def _numbered_vetoes() -> tuple[int, ...]:
    """For each cue, the number of its veto, counting on after its patterns' (-1 for a cue without one): only where a
    veto's matches can start is looked for (a veto has no anchors of its own, see cue_words)."""
    numbers, next_number = [], _SLOTS[-1][-1] + 1
    for _, _, veto in CUES:
        numbers.append(next_number if veto is not None else -1)
        next_number += veto is not None
    return tuple(numbers)


_VETO_SLOTS: Final = _numbered_vetoes()
# after them, for each pattern and veto, where its folded form's matches can start (prefilter.starts): the slot of
# pattern slot k is k + _STARTS_AFTER
_STARTS_AFTER: Final = max(_SLOTS[-1][-1], *_VETO_SLOTS) + 1 - len(CUES)
_ALL_SLOTS: Final = len(CUES) + 2 * _STARTS_AFTER
# words too common in any text to anchor a search on: a clause holding one is chosen last (see anchors)
_COMMON_WORDS: Final = frozenset({"a", "an", "and", "are", "at", "be", "been", "being", "by", "came", "from", "got", "had", "has",
                                  "have", "in", "into", "is", "near", "next", "of", "on", "other", "set", "the", "to", "under",
                                  "was", "were", "with"})


def _commonness(clause: Iterable[str]) -> tuple[int, int, int]:
    """Sort key of a gate's clauses, the rarest first: fewest common words, then fewest short literals (which are inside
    many longer words: "car" in "career"), then fewest literals."""
    words = [literal.strip() for literal in clause]
    return sum(w in _COMMON_WORDS for w in words), sum(len(w) < 4 for w in words), len(words)


@per_pattern
def anchors(pattern: Rx) -> tuple[str, ...] | None:
    """Lower-case literals one of which every match of `pattern` holds, chosen to be rare; None without a gate.

    Of each conjunction of the pattern's gate (prefilter.gate), its rarest
    clause (_commonness). In an ASCII article the pattern is then searched
    only around these words, not around every cue word of its extractor: an
    article of business news holds "injured" (a cue word of outcomes) but
    rarely "gunned down".
    """
    if (declared := _DECLARED_ANCHORS.get(id(pattern))) is not None:
        return declared
    full = gate(pattern.unicode)
    if full is None:
        return None
    chosen: set[str] = set()
    for conjunction in full:
        chosen.update(min(conjunction, key=_commonness))
    return tuple(sorted(chosen))


@lru_cache(maxsize=1)
def _cue_automaton() -> tuple[Automaton, list[tuple[int, ...]]]:
    """Every cue word of every extractor, every anchor of their patterns and every literal their folded forms'
    matches start with, for one Aho-Corasick pass over an article; with, for each word, the slots it is found
    for (cue_words): a cue's or an anchor's slot, or ~slot for a start's (where the start is wanted, not the end).

    The pass runs over whole articles, most of them general news, where it
    was two fifths of the detector's time: a DFA (ahocorasick-rs, the Rust
    aho-corasick crate) walks a body of text four times as fast as
    pyahocorasick's trie.
    """
    owners: dict[str, list[int]] = {}
    for index, (fragments, patterns, veto) in enumerate(CUES):
        for fragment in fragments:
            owners.setdefault(fragment, []).append(index)
        for slot, pattern in zip(_SLOTS[index], patterns, strict=True):
            for literal in anchors(pattern) or ():
                owners.setdefault(literal, []).append(slot)
            for literal in folded_starts(pattern) or ():
                owners.setdefault(literal, []).append(~(slot + _STARTS_AFTER))
        if veto is not None:
            for literal in folded_starts(veto) or ():
                owners.setdefault(literal, []).append(~(_VETO_SLOTS[index] + _STARTS_AFTER))
    words = list(owners)
    return Automaton(words), [tuple(owners[word]) for word in words]


def folded_starts(pattern: Rx) -> tuple[str, ...] | None:
    """The literals one of which every match of the pattern's folded form (`folded`) starts with; None when it has
    none or they are not known (prefilter.starts). Sentences (SentenceInfo) and the cue gate (cues_found) both try
    such a pattern only where these occur."""
    fast = folded(pattern)
    return starts(fast.unicode) if fast is not None else None


@per_pattern
def folded_starts_ascii(pattern: Rx) -> tuple[str, ...] | None:
    """folded_starts for the folded form's matches on text that reads as ASCII, where a match may begin with a digit
    (prefilter.starts_ascii: "12 people were killed"); None where folded_starts knows the literals for any text."""
    fast = folded(pattern)
    return prefilter_starts_ascii(fast.unicode) if fast is not None and folded_starts(pattern) is None else None


@per_pattern
def lower_starts(pattern: Rx) -> tuple[str, ...] | None:
    """For a case-insensitive pattern that cannot be folded (part of it is case-sensitive, "(?-i:[A-Z]...)"): lower-case
    literals, one of which the lower-cased text holds where any match of its ASCII form on ASCII text starts; None when
    they are not known, or the pattern can be folded (folded_starts).

    The literals are those of the pattern with its literals lower-cased, read as case-sensitive (prefilter.starts):
    they are made of literals, alternatives and small sets of literals only (never of a class such as [A-Z]), and on
    ASCII text a literal matches, with or without re.IGNORECASE, only characters that lower-case to its own lower case.
    SentenceInfo tries the pattern itself, on the text, only where these occur in the lower-cased text (same offsets)."""
    if not pattern.flags & re.IGNORECASE or folded(pattern) is not None:
        return None
    try:
        lowered = re.compile(_lower_source(pattern.pattern), pattern.flags & ~re.IGNORECASE)
    except re.error:
        return None
    return starts(lowered)


def cue_words(lower: str, alike: bool = False) -> list[list[int]]:
    """For each cue of CUES, the offsets in `lower` where one of its words ends; then, for each of their patterns in
    order (_SLOTS), where one of its anchors ends; then, for each pattern again, where a match of its folded form can
    start (see _STARTS_AFTER). In order of offset.

    `lower` is an article lower-cased, with a leading space and line breaks as
    spaces, so that words such as " hit" are found at a line's start too. `alike`: it reads as ASCII
    (rx.reads_as_ascii), which speeds the pass (prefilter.Automaton).
    """
    found: list[list[int]] = [[] for _ in range(_ALL_SLOTS)]
    automaton, owners = _cue_automaton()
    # every occurrence (overlapping), in order of where it ends; the offset of its last character, or of its first
    matches = automaton.find(lower, alike)
    for word, start, end in matches:
        for index in owners[word]:
            if index >= 0:
                found[index].append(end - 1)
            else:
                found[~index].append(start)
    for slot in range(_ALL_SLOTS - _STARTS_AFTER, _ALL_SLOTS):
        if len(found[slot]) > 1:
            # (ordered by end, starts of words of different lengths cross; no two of a slot's literals start at one
            # offset, as none begins with another: prefilter.starts)
            found[slot].sort()
    return found


def cues_found(lower: str, text: str, words: list[list[int]], alike: bool | None = None) -> set[int]:
    """Indices (into CUES) of the extractors whose patterns match somewhere in the text.

    Each extractor's patterns run only on the text around its own cue words
    (`words`, from cue_words), and only until one matches. Every match an
    extractor acts on contains a cue word (a casualty count needs a toll word
    beside it) and is no wider than the pattern allows (at most
    MATCH_REACH characters for patterns without a bound), so the window
    around a cue word holds every match it could be part of. Every match
    also holds one of its pattern's anchors (`anchors`), so in ASCII text a
    pattern runs around those instead when they occur less often: business
    news with "injured" in it is then not searched for "gunned down" at all.
    `lower` and `text` share offsets (both with the leading space);
    case-insensitive patterns run folded over `lower` when lower-casing kept
    every offset. `alike`: whether `lower` reads as ASCII (rx.reads_as_ascii),
    when the caller knows.
    """
    same_offsets = len(lower) == len(text)
    # where lower-casing maps only A-Z (ASCII, but for punctuation such as dashes: rx.reads_as_ascii), so that a literal a
    # match needs is in `lower`
    ascii_text = same_offsets and (reads_as_ascii(lower) if alike is None else alike)
    found: set[int] = set()
    for index, (_, _, veto) in enumerate(CUES):
        ends = words[index]
        if not ends:
            continue
        if veto is None:
            hit = False
            for plan in _cue_plans()[index]:
                near = _near(plan, words, ascii_text)
                if near and (not ascii_text or plan.gate is None or passes(plan.gate, lower)) \
                        and _any_match(plan, lower, text, near, same_offsets, _start_points(plan.slot, words, same_offsets), ascii_text):
                    hit = True
                    break
        else:
            plans = _cue_plans()[index]
            hit = _any_unvetoed_match(plans, veto, lower, text, ends, same_offsets,
                                      [_start_points(plan.slot, words, same_offsets) for plan in plans], ascii_text,
                                      _start_points(_VETO_SLOTS[index], words, same_offsets))
        if hit:
            found.add(index)
    return found


@lru_cache(maxsize=1)
def cue_scan_blockers() -> frozenset[str] | None:
    """The characters a text that reads as ASCII must not hold for the cue scan (cue_words, cues_found) to read it
    with rx.STAND_IN for each of its characters that are not ASCII: those that its words, its patterns' gates or its
    folded patterns (the ones that run on the lower-cased text) name (rx.stand_in_blockers), such as the curly
    apostrophe of "’s death", which the detector's readable text never holds; None when it cannot at all. The text
    is then ASCII, which lower-cases and scans several times as fast as the dashes of a typeset page let it."""
    plans = [plan for cue in _cue_plans() for plan in cue]
    literals = [*_cue_automaton()[0].literals,
                *(literal for plan in plans if plan.gate is not None for conjunction in plan.gate for clause in conjunction for literal in clause)]
    if any(STAND_IN in literal for literal in literals):
        return None
    blockers = {char for literal in literals for char in literal if not char.isascii() and reads_as_ascii(char)}
    vetoes = [folded(veto) for _, _, veto in CUES if veto is not None]
    for fast in [*(plan.fast for plan in plans), *vetoes]:
        if fast is not None:
            named = stand_in_blockers(fast.unicode)
            if named is None:
                return None
            blockers |= named
    return frozenset(blockers)


def search_points(index: int, words: list[list[int]], ascii_text: bool) -> list[tuple[Rx, list[int]]]:
    """Each pattern of CUES[index], with the offsets (from cue_words) around which cues_found searches it: in ASCII
    text, where the gates hold, its own anchors' ends when they are fewer than its cue's words' ends, else the latter.
    An empty list: the pattern is not searched."""
    return [(plan.pattern, _near(plan, words, ascii_text)) for plan in _cue_plans()[index]]


class _CuePattern:
    """A cue's pattern with what cues_found asks of it, worked out once (_cue_plans): the article-wide gate runs for
    every article of a stream, where looking these up per pattern and per window was a tenth of its time."""

    __slots__ = ("anchored", "cue", "fast", "gate", "pattern", "reach", "slot")

    def __init__(self, cue: int, slot: int, pattern: Rx) -> None:
        self.cue, self.slot, self.pattern = cue, slot, pattern
        self.anchored = anchors(pattern) is not None
        self.gate = _article_gate(pattern)
        self.fast = folded(pattern)
        self.reach = reach(pattern)


@lru_cache(maxsize=1)
def _cue_plans() -> tuple[tuple[_CuePattern, ...], ...]:
    """For each cue of CUES, its patterns' plans, in order."""
    return tuple(tuple(_CuePattern(index, slot, pattern) for slot, pattern in zip(_SLOTS[index], patterns, strict=True))
                 for index, (_, patterns, _) in enumerate(CUES))


def _near(plan: _CuePattern, words: list[list[int]], ascii_text: bool) -> list[int]:
    """search_points for one pattern."""
    ends = words[plan.cue]
    return words[plan.slot] if ascii_text and plan.anchored and len(words[plan.slot]) < len(ends) else ends


# the most literals a gate may test over a whole article before its windows are searched: beyond, the tests cost more than
# the searches they may spare
ARTICLE_GATE_LITERALS: Final = 4


@per_pattern
def _article_gate(pattern: Rx) -> Gate | None:
    """The pattern's literal gate (prefilter.gate), when it is small enough to test over a whole article first: a
    pattern whose words the article lacks ("succumbed") then costs no search around the cue's other words."""
    full = gate(pattern.unicode)
    if full is None:
        return None
    # of each conjunction, its clause of fewest literals alone: a weaker test, still one every match passes
    needs = tuple((min(conjunction, key=len),) for conjunction in full)
    return needs if sum(len(conjunction[0]) for conjunction in needs) <= ARTICLE_GATE_LITERALS else None


# The widest match of a pattern with unbounded repeats that the cue gates allow for.
MATCH_REACH: Final = 160


@per_pattern
def reach(pattern: Rx) -> int:
    """How far from a cue word a match containing it can extend: the pattern's maximum width."""
    try:
        widest = _parser.parse(pattern.pattern, pattern.flags).getwidth()[1]
    except Exception:  # re._parser is internal: without it, assume the widest
        return MATCH_REACH
    return min(widest, MATCH_REACH)


@lru_cache(maxsize=1)
def _anchored_slots() -> frozenset[int]:
    """The pattern and veto slots whose folded forms' starts are known (folded_starts)."""
    return frozenset([slot for index, (_, patterns, _) in enumerate(CUES) for slot, pattern in zip(_SLOTS[index], patterns, strict=True)
                      if folded_starts(pattern) is not None]
                     + [_VETO_SLOTS[index] for index, (_, _, veto) in enumerate(CUES) if veto is not None and folded_starts(veto) is not None])


def _start_points(slot: int, words: list[list[int]], same_offsets: bool) -> list[int] | None:
    """Where in `lower` a match of the folded form of the pattern in `slot` can start (from cue_words); None when the
    pattern does not run folded or its starts are not known, and it is searched at every position."""
    return words[slot + _STARTS_AFTER] if same_offsets and slot in _anchored_slots() else None


def _scan(pattern: Rx, lower: str, text: str, lo: int, hi: int, same_offsets: bool,
          start_points: list[int] | None = None, ascii_lower: bool = False) -> Iterator[re.Match[str]]:
    """pattern.finditer over text[lo:hi], folded over `lower` when it can be; tried only at `start_points` when they
    are given (leftmost first, one match after another, as finditer finds them). `ascii_lower`: `lower` reads as
    ASCII (rx.reads_as_ascii), and the folded pattern runs in its ASCII form even where punctuation is not ASCII."""
    return _scan_folded(pattern, folded(pattern), lower, text, lo, hi, same_offsets, start_points, ascii_lower)


def _scan_folded(pattern: Rx, fast: Rx | None, lower: str, text: str, lo: int, hi: int, same_offsets: bool,
                 start_points: list[int] | None, ascii_lower: bool) -> Iterator[re.Match[str]]:
    """_scan, given folded(pattern) (a _CuePattern's), which is not looked up again at every window."""
    if not same_offsets or fast is None:
        return pattern.finditer(text, lo, hi)
    form = fast.ascii if ascii_lower else fast.on(lower)
    if start_points is not None:
        return iter(_anchored(form, lower, start_points, lo, hi))
    return form.finditer(lower, lo, hi)


def _anchored(fast: re.Pattern[str], lower: str, start_points: list[int], lo: int, hi: int) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    after = lo
    for i in range(bisect_left(start_points, lo), len(start_points)):
        start = start_points[i]
        if start >= hi:
            break
        if start >= after and (m := fast.match(lower, start, hi)) is not None:
            found.append(m)
            after = m.end()
    return found


def _any_match(plan: _CuePattern, lower: str, text: str, ends: list[int], same_offsets: bool,
               start_points: list[int] | None = None, ascii_lower: bool = False) -> bool:
    if start_points is not None and not start_points:
        return False  # none of the literals its matches start with is in the article
    pattern, width = plan.pattern, plan.reach
    searched_to = -1
    for end in ends:
        lo, hi = max(0, end - width - 1), end + width + 2
        if hi <= searched_to:
            continue  # this stretch was already searched
        # a match starting before searched_to - width - 1 would have ended inside the stretch already searched
        if next(_scan_folded(pattern, plan.fast, lower, text, max(lo, searched_to - width - 1), hi, same_offsets, start_points, ascii_lower),
                None):
            return True
        searched_to = hi
    return False


def _any_unvetoed_match(plans: tuple[_CuePattern, ...], veto: Rx, lower: str, text: str, ends: list[int], same_offsets: bool,
                        start_points: list[list[int] | None] | None = None, ascii_lower: bool = False,
                        veto_points: list[int] | None = None) -> bool:
    points = start_points if start_points is not None else [None] * len(plans)
    fast_veto = folded(veto)
    searched_to = -1
    for end in ends:
        lo, hi = max(0, end - MATCH_REACH), end + 1 + MATCH_REACH
        if hi <= searched_to:
            continue
        searched_to = hi
        candidates = [m for plan, at in zip(plans, points, strict=True)
                      for m in _scan_folded(plan.pattern, plan.fast, lower, text, lo, hi, same_offsets, at, ascii_lower)]
        if not candidates:
            continue
        vetoed = [(m.start(), m.end()) for m in _scan_folded(veto, fast_veto, lower, text, lo, hi, same_offsets, veto_points, ascii_lower)]
        if any(not any(s < m.end() and m.start() < e for s, e in vetoed) for m in candidates):
            return True
    return False


# ---------------------------------------------------------------- folding
@per_pattern
def folded(pattern: Rx) -> Rx | None:
    """A case-insensitive pattern, recompiled to run case-sensitively on lower-cased text.

    Python's re spends two to three times as long on a re.IGNORECASE
    alternation as on the same alternation matched exactly, so the hot
    patterns run folded over text that was lower-cased once. Only the spans
    and group positions of a folded match are meaningful (its text is lower
    case). None for a pattern that is case-sensitive, even in part, which must
    run on the text.
    """
    if not pattern.flags & re.IGNORECASE or "(?-i" in pattern.pattern:
        return None  # case-sensitive, in whole or in part ("(?-i:[A-Z]...)" must see capitals)
    return rx(_lower_source(pattern.pattern), pattern.flags & ~re.IGNORECASE)


def _lower_source(source: str) -> str:
    """Lower-case a pattern's literals, leaving escapes (\\W, \\S, \\B ...) and group names alone."""
    out: list[str] = []
    i = 0
    while i < len(source):
        if source[i] == "\\":
            out.append(source[i : i + 2])
            i += 2
        elif source.startswith(("(?P<", "(?P="), i):
            close = source.index(">" if source[i + 3] == "<" else ")", i)
            out.append(source[i : close + 1])
            i = close + 1
        else:
            out.append(source[i].lower())
            i += 1
    return "".join(out)

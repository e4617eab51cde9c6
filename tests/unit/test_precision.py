"""Articles of our own wording: what must alert, and what must not."""

from __future__ import annotations

import pytest

from tests.helpers import article, default_alerts
from tocsin.detection import lexicon
from tocsin.detection.detector import detect_article
from tocsin.detection.gazetteer import load

NEGATIVES = {
    "labour": "Dockworkers in Rotterdam went on strike on Monday, demanding higher wages, and the union said the walkout would last a week.",
    "deal": "Negotiators from Japan and Brazil struck a deal on beef exports on Friday after months of talks.",
    "sport": "The Argentine striker scored twice and a late strike from midfield sealed the match for the visitors on Sunday.",
    "weather": "Lightning struck a church tower in Lyon during a violent storm on Tuesday, and floods hit the suburbs.",
    "hunger": "A jailed activist in Egypt has been on hunger strike for forty days, his family said on Wednesday.",
    "confidence": "Prime Minister Anders Holm survived a no-confidence vote in the Danish parliament on Thursday.",
    "threat": "North Korea threatened to strike American bases in Japan if the joint drills went ahead, state media said on Monday.",
    "exercise": "Indian and French jets carried out simulated airstrikes over Rajasthan during joint exercises on Tuesday.",
    "denial": "Turkey denied carrying out a drone strike on a village in northern Iraq on Saturday, calling the reports false.",
    "arms": "Poland signed a contract for the purchase of South Korean missiles and tanks on Wednesday.",
    "history": "In 1982, Israeli forces invaded Lebanon and besieged Beirut, a war that shaped the region for decades.",
    "heart": "The former Nigerian president died of a heart attack in a London hospital on Friday, his spokesman said.",
    "metaphor": "Opposition leaders in Kenya accused the president of an attack on democracy after the election law passed.",
    "accident": "The governor of Bahia state was killed in a road accident on Sunday, his office said.",
    "flood": "A district mayor in Assam was killed when floods swept away his car on Tuesday, officials said.",
    "peacekeepers": "A rocket fired from Lebanon struck a UN peacekeepers' base near Naqoura on Tuesday, wounding two Italian soldiers, the UN mission said.",
    "habitual": "EU foreign ministers said the new sanctions were a response to Russia's continued attacks on Ukrainian cities.",
    # ambiguous triggers among weapon words: a cyber attack is no strike
    "cyber": "Hackers working for Iran attacked the networks of an Israeli missile maker, the company said on Monday.",
    "retort": "Japan's trade minister hit back at China on Friday, calling the remarks about its export rules unfair.",
    "missile test": "Pakistan test-fired a cruise missile from a submarine in the Arabian Sea on Thursday, the army said.",
    "scenario": "Economists warn that drone strikes on Gulf oil terminals, or a closure of the strait, would send prices soaring.",
    "past war": "Veterans gathered in Islamabad. Indian jets bombed Pakistani airfields during the 1971 war, and the scars remain.",
    # what a weapon is for, talk of strikes, a flop, a story
    "purpose": "France sent two SAMP/T batteries to Romania on Monday, the ministry in Paris said, to shield ports against Russian drone attacks.",
    # a speaker is not the victim: "..., the US military said"
    "at sea": "Houthi drones hit a cargo ship on Tuesday, the US military said. The ship, sailing from the Egyptian port of Suez, was damaged.",
    # an insurgency against its own state's forces abroad, and a transnational group, are no state's act on another
    "own forces": "Fighters of the PKK attacked a Turkish military base in Iraq's Kurdistan region on Monday, killing three soldiers.",
    "transnational": "Islamic State fighters attacked an Iraqi army post near Tikrit on Sunday, killing five soldiers.",
    "bound for": "Houthi missiles struck a tanker in the Red Sea on Tuesday, the navy said. The ship, bound for the Dutch port of Rotterdam, caught fire.",
}


# No act at all, not even a domestic one: talk of strikes, a flop, a story told
NO_STRIKE = {
    "talk": "Beijing said on Friday that talk in Washington of missile strikes on Chinese bases in the South China Sea was reckless.",
    "box office": "The war epic bombed at the box office in South Korea, earning less than a tenth of its budget.",
    # the start of a war as a marker of time, and a year that opens the sentence
    "since the invasion": "Wheat exports have fallen by half since Russia launched its full-scale invasion of Ukraine, traders said.",
    "year first": "In 2008, Russian jets bombed the Georgian town of Gori, an episode the new museum recalls.",
    "space launch": "A Soyuz rocket launched from the Baikonur cosmodrome in Kazakhstan carried three astronauts into orbit.",
    "any strike": "Jordan's king warned on Monday that any strike on Jordanian soil by Israel or Iran would be answered.",
    "intercepted": "Saudi air defences intercepted a ballistic missile launched from Yemen over Jizan, the coalition said.",
    "where, not who": "Truckers in Canada attacked the new fuel tax on Monday, blocking a bridge near Ottawa with lorries.",
    "story": "A new documentary follows a Colombian pilot who bombed rebel camps in Colombia's southern jungle, and what it cost him.",
    # what is remembered, on the day it is remembered; kinds of weapon, not acts; an impact without a projectile
    "remembered": "Families gathered in Kramatorsk on Sunday to mark one year since the missile strike on the railway station, "
                  "which killed dozens.",
    "weapon kinds": "Turkey showed off its new attack helicopters and strike drones at a ceremony in Ankara on Tuesday.",
    "car crash": "A lorry carrying soldiers' supplies crashed into a bridge near Lyon on Monday, injuring its driver.",
    # a cyclist's attack
    "cycling": "The Belgian attacked on the last climb and won the stage by ten seconds.",
    # a show: a swarm of drones lighting up the sky
    "light show": "A swarm of drones lit up the sky over Busan on Saturday night in a light show for the film festival.",
    # the passive of what may come
    "could be struck": "Lithuania could be struck within hours if NATO moved troops east, a Russian lawmaker said.",
    # a hypothetical told after a new claim in the same sentence ("and said ... any Israeli attack")
    # years after a war's act: remembered
    "the other two": "Two of the four candidates withdrew on Monday; the other two hit the campaign trail in Lagos.",
    # a test into the sea
    "missiles into the sea": "Iran fired three cruise missiles into the sea during a naval parade off Bandar Abbas on Friday, state media said.",
    # shares, not bombs
    "shares bombed": "Shares of the Saudi chemicals maker bombed on their debut in Riyadh on Monday, losing a fifth of their value.",
    "years after": "Twenty years after American jets bombed Fallujah, a new hospital opened in the city on Monday.",
    "any, after and said": "Egypt's president warned that any incursion into Sinai would be repelled, and said Cairo would hold "
                           "Israel responsible for any Israeli attack on its soil.",
}

# no alert: a denial with words between the verb and what it denies; the reason given for an act, not a new one
NEGATIVES |= {
    "dismissed": "Ankara dismissed as fabricated the Syrian Kurds' claims that Turkish drones had bombed a hospital in Kobani.",
    "directed": "Israel said the commander it killed had directed rocket fire from Lebanon at Haifa for a year.",
}
# a tone struck, told with its adjective; attacks in words, by who made them or where; a strike named by its year;
# a walkout told with those who walk out, whatever their plant makes
NO_STRIKE |= {
    "year": ("Russia's defence ministry said on Friday it had closed its investigation into a 2023 strike that killed 12 "
             "soldiers in the Ukrainian city of Kramatorsk."),
    "walkout": "Workers at a tank repair plant in Kharkiv began a two-day strike on Thursday over unpaid overtime.",
    "blaze": "Two workers were killed by a fire at a chemical plant in Gujarat on Monday, and fire crews fought it for hours.",
    "box_office": "The war film Missile Strike topped the box office in Manila for a second weekend.",
    # a ground advance said might happen; a drone that crossed into airspace
    "if_crossed": "Azerbaijan's president said Armenia would regret it if its troops ever crossed into Nakhchivan.",
    # an act long enough before a meeting to date it
    "weeks_after": ("Baltic defence chiefs met in Riga on Monday, two weeks after Russian drones strayed into Latvian and "
                    "Estonian airspace during massive attacks on Ukraine."),
    "airspace": "Lithuania said a Belarusian drone had crossed into its airspace overnight before turning back.",
    # what ought to be done; a war game played out
    "ought": "Israel's defence minister said the army must strike Hezbollah's depots in Lebanon harder.",
    "war_game": "In a war game staged in Tallinn on Monday, Russian forces struck the port of Paldiski first.",
    "trolls": "Finland's prime minister was attacked by anonymous trolls on social media over her plan to close a border crossing.",
    "tone": "Egypt's finance minister struck a notably upbeat tone in Cairo on Monday, forecasting growth of five percent.",
}


@pytest.mark.parametrize("name", sorted(NO_STRIKE))
def test_no_strike_at_all(name):
    events = detect_article(article(NO_STRIKE[name], url=f"https://example.org/none/{name}"))
    assert [e.model_dump() for e in events if e.type == "military_strike" and not e.is_background] == []


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_no_alert(name):
    events = detect_article(article(NEGATIVES[name], url=f"https://example.org/neg/{name}"))
    assert default_alerts(events) == [], [e.model_dump() for e in default_alerts(events)]


@pytest.mark.parametrize("body", [
    "The doctors' strike hit hospitals across Nigeria on Tuesday, and the army said it would not intervene.",
    "A general strike hit ports across Kenya on Monday as troops patrolled the streets of Nairobi.",
])
def test_a_walkout_that_hits_is_no_strike_of_any_kind(body):
    # the walkout is the subject of "hit", and a military word beside it does not make it an act of war: not even a
    # strike without an attacker, which an analyst would read
    assert [e for e in detect_article(article(body)) if e.type == "military_strike"] == []


POSITIVES = [
    # (body, attacker, territory, place)
    ("Russian forces launched a missile strike on Odesa on Tuesday, killing four people, regional officials said.", "RU", "UA", "Odesa"),
    # the place a possessive state introduces ("in Russia's Samara region")
    ("Ukrainian drones struck an oil refinery in Russia's Samara region overnight, the governor said on Sunday.", "UA", "RU", "Samara"),
    ("The Israeli military said it carried out airstrikes on Hezbollah positions in southern Lebanon on Monday.", "IL", "LB", None),
    ("Pakistani warplanes bombed militant hideouts in Afghanistan's Khost province on Thursday, the Taliban said.", "PK", "AF", None),
    ("A Turkish drone strike killed three fighters near Qamishli in Syria on Wednesday, a monitoring group said.", "TR", "SY", "Qamishli"),
    ("The Houthis fired ballistic missiles at Eilat in Israel on Friday, the Israeli military said.", "YE", "IL", "Eilat"),
    ("Iranian missiles hit a base in the Iraqi capital on Saturday night, officials said.", "IR", "IQ", "Baghdad"),
    # a patron is neither the actor nor the place: "Iran-backed" facilities in Syria are in Syria
    ("The Pentagon said US forces conducted strikes against Iran-backed militia facilities in eastern Syria on Friday.", "US", "SY", None),
    # a conflict region of the curated list
    ("Iraqi Kurdish officials said Turkish warplanes struck PKK hideouts in the Qandil mountains on Wednesday.", "TR", "IQ", None),
    ("Thai F-16 jets bombed Cambodian positions along the disputed border on Monday, Cambodia's defence ministry said.", "TH", "KH", None),
    # the projectile as the subject, its shooter named by "by" or "from"
    ("Artillery shells fired by the Armenian army landed in the Azerbaijani town of Tovuz on Sunday, wounding a farmer.", "AM", "AZ", "Tovuz"),
    ("Rockets fired from the Lebanese side of the border landed in the Israeli town of Metula on Friday, the army said.", "LB", "IL", "Metula"),
    ("Eritrean soldiers opened fire with mortars on an Ethiopian border post near the town of Zalambessa on Monday.", "ER", "ET", None),
    # a weapon's model between the actor and the weapon, and adjectives of sea drones
    ("An Iranian Shahed drone struck a warehouse in the Iraqi city of Erbil on Thursday, Kurdish officials said.", "IR", "IQ", "Erbil"),
    ("Ukrainian sea drones hit a patrol boat moored in the Russian port of Tuapse on Wednesday, the navy said.", "UA", "RU", None),
    ("Russian strategic bombers dropped more than twenty heavy glide bombs on Kharkiv overnight, the mayor said.", "RU", "UA", "Kharkiv"),
    # the state that speaks of its own act
    ("India said on Monday it had struck nine militant camps in Pakistan in response to the attack in Kashmir.", "IN", "PK", None),
    # the victim's accusation, the officials' blame, the speaker's own act behind a relative clause
    ("Kenya accused Somalia on Sunday of shelling a police camp in the Kenyan town of Mandera, killing two officers.", "SO", "KE", "Mandera"),
    ("A drone strike hit a convoy in Iraq's Dohuk province on Monday. Kurdish officials blamed Iran, which denied it.", "IR", "IQ", None),
    ("Egypt, which seldom comments on such operations, said only that it had struck 'terrorist hideouts' in Libya.", "EG", "LY", None),
    ("Indian border guards fired mortars at villages in Bangladesh's Sylhet district on Sunday, a local official said.", "IN", "BD", None),
    ("North Korea launched a salvo of short-range ballistic missiles at South Korea's Baengnyeong island on Monday.", "KP", "KR", None),
    # a capital for its government as the subject, never as the place struck; headlines in the present tense
    ("Tehran fired a volley of missiles at an airbase in Iraq's Anbar province on Friday, officials said.", "IR", "IQ", None),
    ("Moscow launched hypersonic missiles at Lviv overnight, the city's mayor said.", "RU", "UA", "Lviv"),
    ("Russian missiles struck Kyiv overnight, killing three people, the mayor said.", "RU", "UA", "Kyiv"),
    ("Israel pounds Hamas positions in Rafah, army says", "IL", "PS", "Rafah"),
    # the subject of the very verb, not the source the sentence opens with; the speaker of its own act before a force
    # named in another clause; victims told before the act
    ("According to Syria's defence ministry, Israel struck an airbase near Hama overnight.", "IL", "SY", None),
    ("Three Iraqi soldiers were killed when a Turkish drone struck a checkpoint in the north, Iraq's army said.", "TR", "IQ", None),
    # a warship as the force; the weapon's owner told in the sentence before
    ("A Russian frigate in the Black Sea fired cruise missiles at the Ukrainian port of Izmail on Monday, the navy said.",
     "RU", "UA", "Izmail"),
    ("Air raid sirens sounded across Kyiv as Ukrainian air defences fought off waves of Russian drones. One drone hit a "
     "warehouse in the Obolon district, the mayor said.", "RU", "UA", None),
    # blamed for the act itself; rebels as a force
    ("Rwandan troops were blamed for the shelling of a market in the Congolese town of Bunagana on Sunday.", "RW", "CD", "Bunagana"),
    ("Houthi rebels claimed a missile attack on the Israeli port of Ashdod on Thursday.", "YE", "IL", "Ashdod"),
    # a group crossing a border: "into Niger" is where, not who
    ("Boko Haram fighters crossed into Niger and attacked a military post near Diffa, killing nine soldiers.", "NG", "NE", None),
    # who fired what the sentence before told
    ("Three cruise missiles slammed into a port in Odesa on Sunday, the governor said. Ukraine's navy said Russia had fired "
     "them from the Black Sea.", "RU", "UA", "Odesa"),
    # an invasion mounted, even one long threatened
    ("Turkey on Wednesday mounted its long-threatened ground incursion into northern Syria, pushing towards Tal Abyad.", "TR", "SY", None),
    # the passive with its weapon; a possessive with an adjective before the act
    ("A fuel truck was destroyed by an Israeli drone near the Syrian town of Quneitra on Sunday, state media said.", "IL", "SY", "Quneitra"),
    ("Iranian state television confirmed on Sunday that the commander of the ground forces, General Kioumars Heydari, was "
     "killed in Israel's overnight strikes on Tabriz.", "IL", "IR", "Tabriz"),
    # the place named beside the act: the attacker is told, the town in the sentence before
    ("Loud explosions shook the Syrian port of Tartus before dawn on Friday. The army said Israeli warplanes had fired "
     "missiles at a navy base in the city.", "IL", "SY", "Tartus"),
    # "the raid" whose doer a later sentence names
    ("A raid destroyed a weapons depot in Syria's Hama province on Sunday. Syrian officials said Israeli jets had carried out the raid.",
     "IL", "SY", None),
    # a state's organ, with its possessive, speaking of its act; a combatant command of a state
    ("Turkey's defence ministry said it had struck 30 Kurdish militant targets in northern Iraq on Saturday.", "TR", "IQ", None),
    ("AFRICOM said it had carried out an airstrike near Jilib in southern Somalia on Friday, killing two fighters.", "US", "SO", None),
    # a projectile's impact; firing into; the weapon's agent told before a verb far from it
    ("A Russian drone that veered off course crashed into a barn in the Romanian town of Galati on Monday, the army said.",
     "RU", "RO", "Galati"),
    ("Venezuelan soldiers began firing machine guns into the Guyanese town of Lethem on Tuesday, wounding a farmer.", "VE", "GY", "Lethem"),
    ("Two drones launched by Hezbollah from across the border overnight hit a factory in the Israeli town of Karmiel, the army said.",
     "LB", "IL", "Karmiel"),
    # another spelling of a mid-sized city's name (geonames' alternates that spell its own name)
    ("Russian missiles struck a rail depot in Pavlograd on Sunday, wounding three workers, the governor said.", "RU", "UA", "Pavlohrad"),
    # another spelling of a city's two-word name (geonames: "Kryvyy Rih")
    ("Russian missiles hit a hotel in Kryvyi Rih on Friday evening, the head of the city's military administration said.",
     "RU", "UA", "Kryvyy Rih"),
    # a long transliteration of a smaller city (geonames: "Kostyantynivka", some 67,000 people)
    ("Russian glide bombs hit a market in Kostiantynivka on Friday, the regional governor said.", "RU", "UA", "Kostyantynivka"),
    # the passive without an article; an intelligence agency as the force; what projectiles did; fire from a side
    ("Two radar stations in Iran's Khuzestan province were destroyed by Israeli drones on Monday, state media said.", "IL", "IR", None),
    ("Pakistan's intelligence agency killed two militants in a drone strike in Afghanistan's Kunar province, officials said.",
     "PK", "AF", None),
    ("Ukrainian drones destroyed two radar stations in Russia's Belgorod region overnight, the governor said.", "UA", "RU", None),
    ("Fire from Ethiopian army positions wounded two farmers in the Eritrean town of Tesseney on Sunday, Asmara said.", "ET", "ER", "Tesseney"),
    # a group's statement that its fighters acted; fire from a side's positions; a group storming a base
    ("Hamas said in a statement that its fighters had fired rockets at the Israeli city of Ashkelon on Monday.", "PS", "IL", "Ashkelon"),
    ("Shells fired from Indian positions hit a school in the Pakistani town of Kotli on Monday, police said.", "IN", "PK", "Kotli"),
    ("Boko Haram fighters stormed a Cameroonian army base near the town of Kolofata on Sunday, killing four soldiers.", "NG", "CM", None),
    # whose the target is ("used by") is not who struck; an adjective before the force
    ("Britain carried out airstrikes on camps used by Houthi fighters in Yemen's Hajjah province on Friday.", "GB", "YE", None),
    ("Congolese government forces shelled positions across the border in Rwanda's Rubavu district on Friday.", "CD", "RW", None),
    # two paragraphs: the act in one, its attacker or place in the other
    ("A power station near Odesa was knocked out overnight after a barrage of drones.\n\n"
     "Ukraine's energy ministry blamed Russia for what it called terror against civilians.", "RU", "UA", None),
    ("Villagers in Syria's Idlib province said they had been woken by explosions before dawn.\n\n"
     "A war monitor said Russian jets had carried out the raids, killing four people.", "RU", "SY", None),
    ("Militants attacked an army post near the Chadian town of Bol on Sunday, killing six soldiers.\n\n"
     "The army blamed Boko Haram fighters who had crossed Lake Chad from Nigeria.", "NG", "TD", None),
    # a possessive state before its organ owns it: the place is where the organ's base stands
    ("Israeli jets struck a base of Iran's Revolutionary Guards near Damascus on Monday, a war monitor said.", "IL", "SY", None),
    # the forces that report a hit on their ground, told after it; the other side's forces said to have used mortars
    ("A drone launched from Lebanon hit an area near the Hula valley on Monday, the Israeli army said.", "LB", "IL", None),
    ("Families in the Azerbaijani village of Alibeyli sheltered overnight as heavy fire hit their houses.\n\n"
     "Azerbaijan's defence ministry said Armenian units had used mortars and machine guns.", "AM", "AZ", "Alibeyli"),
    # where the missiles told before were launched from; a border says where, the place named says whose
    ("Three missiles struck a port in Mykolaiv at dawn, killing two dockers.\n\n"
     "The navy said the missiles had been launched from Russia's Krasnodar region.", "RU", "UA", None),
    ("A Turkish drone struck a car near the Iraqi border in Syria's Hasakah province on Monday, a war monitor said.", "TR", "SY", None),
    # fired from across the border in a state
    ("Mortar rounds fired from across the border in Sudan landed in the Chadian town of Adre, wounding three refugees.", "SD", "TD", "Adre"),
    # fire on one of its patrol boats: the speaker's; a regional demonym; the force named in the victim's appositive is no attacker
    ("Thailand's navy said Cambodian soldiers opened fire on one of its patrol boats near the maritime border on Friday.", "KH", "TH", None),
    ("Eritrean troops shelled the Tigrayan village of Emba Sieneti on Monday, killing a teacher, residents said.", "ER", "ET", "Emba Sieneti"),
    ("Israeli troops killed Khaled Ziad, a senior member of Hamas's military wing, in a raid on Jenin on Tuesday.", "IL", "PS", None),
    # the place in the paragraph before the act's, a state named as where; where the drones came from, told after
    ("Rescuers searched the rubble of a block of flats in the Donetsk region on Sunday.\n\n"
     "The governor said four people were killed. Ukraine's army said Russian jets had dropped glide bombs on the building.", "RU", "UA", None),
    ("Ambulances rushed to a village in northern Syria after a house was flattened on Monday.\n\n"
     "Rescuers said two children were killed. The Turkish defence ministry said its drones had struck a PKK hideout in the house.",
     "TR", "SY", None),
    ("Drones struck a camp of an Iranian Kurdish party near Sulaymaniyah on Monday.\n\n"
     "Iraqi Kurdish officials said the drones had come from Iran.", "IR", "IQ", None),
    # no place named: the state whose forces report the act on its villages
    ("Kyrgyzstan's army said Tajik forces fired mortars at border villages on Sunday, wounding a shepherd.", "TJ", "KG", None),
    # sites "along" a state's coast; the passive with its weapon, adverbs between the verb and "by"
    ("Egyptian jets struck militia depots along Libya's Mediterranean coast on Friday, officials said.", "EG", "LY", None),
    ("A fuel depot in the Syrian city of Homs was set on fire overnight by an Israeli drone, state media said.", "IL", "SY", "Homs"),
    # the agent inside the trigger's span ("fired by ... positioned on"), not the army that speaks
    ("The Kenyan army said mortar bombs had been fired by Somali troops positioned on a ridge above the town of Mandera.",
     "SO", "KE", "Mandera"),
    # bombs that fell, and the weapon's agent told after the act, a warplane by its model alone
    ("Two guided bombs fell on a village near Sumy on Friday, destroying a school.\n\n"
     "Police said the bombs had been dropped by a Russian Su-35 flying over the Kursk region.", "RU", "UA", None),
    # a state's forces said to have killed people where the act told before was
    ("A drone strike hit a hillside camp in Iraq's Dohuk province on Monday.\n\n"
     "Iran's Revolutionary Guards said their forces had \"eliminated\" several Kurdish militants in the area.", "IR", "IQ", None),
    # a region of a state's administration, named by its demonym
    ("Indian drones struck a madrassa in the Leepa valley of Pakistani Kashmir on Monday, officials said.", "IN", "PK", None),
    # the subject of a verb that opens a longer trigger, not the force that speaks; the speaker's own province
    ("Poland's army said Russia had launched a dozen drones at the port of Izmail, across the Danube in Ukraine.",
     "RU", "UA", None),
    ("Tajikistan said Kyrgyz troops had fired mortars at the hamlet of Chorkuh in its Lakkon district on Sunday.", "KG", "TJ", None),
    # blamed for "the assassination" told before
    ("A drone hit a car in a street of Tehran on Monday, killing a nuclear scientist.\n\n"
     "Iran's foreign ministry blamed Israel for the assassination.", "IL", "IR", None),
    # a stray projectile that exploded, told with words between it and the verb
    ("A Belarusian drone that had drifted off course exploded near the Lithuanian town of Druskininkai on Sunday, police said.",
     "BY", "LT", "Druskininkai"),
    # what the drones had done, an auxiliary between; the forces that came under fire are the target, not the attacker
    ("Israel's army said its drones had destroyed three rocket launchers near the Lebanese town of Khiam overnight.", "IL", "LB", "Khiam"),
    ("Pakistani soldiers came under heavy fire from Taliban fighters at a border post in Pakistan's Kurram district on Monday.",
     "AF", "PK", None),
    # a source is no attacker; fire with weapons and no target told; warplanes by their model; guard posts hit
    ("According to India's army, Pakistani troops dug in across the border fired mortars at villages near Jammu on Sunday.",
     "PK", "IN", "Jammu"),
    ("Eritrean troops opened fire with mortars and machine guns overnight, residents of the Ethiopian border town of Zalambessa said.",
     "ER", "ET", "Zalambessa"),
    ("Egyptian F-16s bombed militant camps near the Libyan city of Sirte on Monday, the army said.", "EG", "LY", "Sirte"),
    ("Tajik soldiers fired on Kyrgyz guard posts on Tuesday, wounding two border guards, officials said.", "TJ", "KG", None),
    # "tore into"; one warplane by its model
    ("Three Russian Kalibr missiles tore into an industrial area of Dnipro overnight, the governor said.", "RU", "UA", "Dnipro"),
    ("An Eritrean MiG-29 dropped bombs on a market near the Ethiopian town of Humera on Friday, officials said.", "ER", "ET", "Humera"),
    # the projectiles not stopped; but "the other two" of nothing fired is no act
    ("Ukrainian air defences shot down five of seven Russian drones over Odesa overnight; the other two damaged a warehouse in the "
     "port, the governor said.", "RU", "UA", None),
    # an airport by the name news gives it (airportsdata)
    ("Drones launched from Ukraine hit a fuel depot at Vnukovo airport on Sunday, officials said.", "UA", "RU",
     "Vnukovo International Airport"),
    # what a projectile did to people or set on fire, the projectile its subject
    ("A Russian glide bomb killed five people at a bus stop in Kherson on Monday, the regional governor said.", "RU", "UA", "Kherson"),
    ("Ukrainian drones set fire to a fuel terminal in the Russian port of Tuapse overnight, local officials said.", "UA", "RU", "Tuapse"),
    ("A rocket fired from Lebanon wounded three farmers near the Israeli town of Metula, medics said.", "LB", "IL", "Metula"),
    ("Israeli tank shells set ablaze two houses in the Lebanese village of Kfar Kila on Friday, the army said.", "IL", "LB", "Kfar Kila"),
    # fire across the line that parts two states, reported by the state on whose side it fell (a guess)
    ("Armenia's defence ministry said Azerbaijani troops opened fire across the border on Tuesday, wounding a farmer.", "AZ", "AM", None),
    # a small town told with the act's object before it
    ("South Sudan's government said Sudanese jets bombed a cattle market on the edge of the border town of Wunthou on Friday.",
     "SD", "SS", "Wunthou"),
    # a province the gazetteer does not know, named by the state whose army reports the fire into it (a guess)
    ("Kyrgyzstan's army said Tajik troops fired mortars into Batkenskiy district on Monday, wounding a shepherd.", "TJ", "KG", None),
    # a town the gazetteer lacks, by its bare name after the act, told by the state that speaks after it (a guess)
    ("Russian jets dropped guided bombs on Huliaipole on Friday, damaging a school, Ukraine's emergency service said.",
     "RU", "UA", "Huliaipole"),
    # howitzers as a force
    ("Armenian howitzers shelled villages near the Azerbaijani town of Tovuz on Sunday, Baku said.", "AM", "AZ", "Tovuz"),
    # fire from a neighbour's soil that killed workers: fire is no walkout
    ("Gunmen shooting from Iran killed three construction workers at a dam site in Pakistan's Panjgur district, officials said.",
     "IR", "PK", None),
    # fire told by whom it hit, either way round
    ("Two farmers were wounded by Azerbaijani sniper fire near the Armenian village of Tegh on Sunday.", "AZ", "AM", "Tegh"),
    ("Turkish army fire killed a Kurdish fighter near the Syrian town of Kobani, a war monitor said.", "TR", "SY", "Kobani"),
    # what sea drones did to a ship in port
    ("Ukrainian sea drones rammed a Russian patrol boat in the Black Sea port of Novorossiysk before dawn, the navy said.", "UA", "RU", "Novorossiysk"),
    # the weapon's owner as a guess
    ("Drones thought to be Iranian hit a fuel depot in the Iraqi city of Erbil on Friday, Kurdish officials said.", "IR", "IQ", "Erbil"),
    # a drone by its long name
    ("A Russian unmanned aerial vehicle dropped a grenade on a tractor near the Ukrainian town of Bilopillia, injuring the driver.",
     "RU", "UA", "Bilopillia"),
    # fire from a neighbour's soil: where it came from is not where it fell
    ("Gunmen shooting from Iranian territory attacked an Iraqi border fort near Mandali overnight, killing two guards, Iraq's army said.",
     "IR", "IQ", None),
    # what they set on fire told between the verb and "ablaze"; the attacker inside the volley the act is told by
    ("Russian drones set a grain silo near the Ukrainian port of Izmail on fire before dawn, the governor said.", "RU", "UA", "Izmail"),
    ("A salvo of Israeli rockets damaged a Hezbollah depot near the Lebanese town of Nabatieh on Monday.", "IL", "LB", "Nabatieh"),
    ("The Syrian port of Latakia was hit by a wave of Israeli missiles late on Wednesday, state media said.", "IL", "SY", "Latakia"),
]


@pytest.mark.parametrize(("body", "attacker", "territory", "place"), POSITIVES)
def test_cross_border_strike(body, attacker, territory, place):
    events = detect_article(article(body, url=f"https://example.org/pos/{attacker}-{territory}"))
    strikes = [e for e in default_alerts(events) if e.type == "military_strike"]
    assert len(strikes) == 1, [e.model_dump() for e in events]
    strike = strikes[0]
    assert (strike.attacker.country, strike.territory.country) == (attacker, territory)
    if place:
        assert strike.territory.place and strike.territory.place.endswith(place)


def test_another_states_ministry_reporting_an_act_on_villages_does_not_make_them_its_own():
    body = "France's foreign ministry said Russian troops shelled villages on Sunday, and called for restraint."
    strikes = [e for e in detect_article(article(body)) if e.type == "military_strike" and not e.is_background]
    assert all(s.territory.country != "FR" for s in strikes)


def test_a_territory_read_from_the_forces_that_report_it_is_a_guess():
    body = "Kyrgyzstan's army said Tajik forces fired mortars at border villages on Sunday, wounding a shepherd."
    named = "Tajik forces fired mortars at the Kyrgyz town of Batken on Sunday, wounding a shepherd."
    guessed, told = (next(e for e in detect_article(article(b)) if e.type == "military_strike") for b in (body, named))
    assert (guessed.territory.country, told.territory.country) == ("KG", "KG")
    assert guessed.confidence < told.confidence


def test_positions_stand_where_the_place_named_with_the_act_is():
    # Karabakh is Azerbaijan's: shelling the Armenian-held positions there is no strike on Armenia
    body = ("Azerbaijan's army said it had carried out 'local anti-terrorist measures' in Karabakh on Tuesday, "
            "shelling Armenian positions.")
    assert default_alerts(detect_article(article(body))) == []


def test_a_state_striking_its_own_occupied_town_is_domestic():
    # "a drone it launched": "that a drone" opens a new clause, not "that drone" told before; "occupied" before the place
    body = ("Ukraine's army said on Friday that a drone it launched had killed two Russian officers in occupied Berdiansk.")
    strikes = [(e.attacker.country if e.attacker else None, e.territory.country) for e in detect_article(article(body))
               if e.type == "military_strike" and not e.is_background]
    assert strikes == [("UA", "UA")]


def test_a_leader_shot_dead_with_the_name_beside_the_role_or_the_role_beside_the_name():
    for body in ("Gunmen shot dead the mayor of Kandahar, Ahmad Wali, as he left his office on Monday, police said.",
                 "Gunmen assassinated Ahmad Wali, the mayor of Kandahar, as he left his office on Monday, police said."):
        leaders = [e for e in detect_article(article(body)) if e.type == "leader_attack"]
        assert [(p.name, p.outcome) for e in leaders for p in e.persons] == [("Ahmad Wali", "killed")], body


def test_who_is_said_to_be_behind_an_act_told_without_its_doer_is_its_attacker():
    body = ("A missile slammed into a fuel depot in the Syrian port of Baniyas on Sunday. Two regional intelligence sources "
            "said Israel's Mossad was behind the explosion.")
    strikes = [(e.attacker.country if e.attacker else None, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"]
    assert strikes == [("IL", "SY")]


def test_a_stray_drone_is_an_act_of_its_own_beside_the_raid_it_strayed_from():
    # the forces that speak, of another's drone; a projectile that crashed near a village the speaker names
    body = ("Romania's armed forces said a Russian drone that veered off course during a raid on the Ukrainian port of "
            "Izmail crashed near the village of Plauru on Tuesday.")
    strikes = {(e.attacker.country, e.territory.country, e.territory.place) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"}
    assert strikes == {("RU", "UA", "Izmail"), ("RU", "RO", "Plauru")}


def test_a_leaders_convoy_attacked_in_the_passive_is_an_attack_on_the_leader():
    body = ("The motorcade of Chad's defence minister was ambushed east of Abeche on Sunday, the army said. "
            "He escaped unharmed, but two of his bodyguards were killed.")
    [attack] = [e for e in detect_article(article(body)) if e.type == "leader_attack"]
    assert [(p.country, p.outcome) for p in attack.persons] == [("TD", "survived")]
    assert "defence minister" in attack.persons[0].name


def test_a_court_that_began_hearing_a_case_is_a_legal_action():
    body = "The International Court of Justice began hearing a case on Tuesday over the shelling of border villages in 2022."
    assert [e.type for e in detect_article(article(body)) if e.type == "legal_action"] == ["legal_action"]


def test_a_film_about_a_strike_told_with_a_clause_between_is_no_new_act():
    body = "The documentary, which premieres on Sunday, recounts a Saudi air strike on a school bus in Yemen."
    assert default_alerts(detect_article(article(body))) == []
    assert all(e.is_background for e in detect_article(article(body)) if e.type == "military_strike")


def test_an_act_told_in_a_clause_of_what_is_remembered_is_history():
    body = ("Crowds gathered in Tbilisi on Friday to mark twenty years since the August war, when Russian jets bombed the "
            "Georgian town of Gori.")
    assert default_alerts(detect_article(article(body))) == []
    assert all(e.is_background for e in detect_article(article(body)) if e.type == "military_strike")


def test_a_dateline_in_capitals_names_the_place_of_an_act_told_without_one():
    body = ("ODESA, Ukraine - A ballistic missile hit a grain terminal in the port on Monday, officials said.\n\n"
            "The air force said Russia had fired it from occupied Crimea.")
    strikes = [(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"]
    assert strikes == [("RU", "UA")]


def test_where_a_bomb_was_dropped_from_is_not_where_it_fell():
    body = ("A guided bomb destroyed a school in Sumy on Friday. Ukraine's air force said a Russian Su-34 had dropped "
            "the bomb from over the Kursk region.")
    strikes = {(e.attacker.country, e.territory.country) for e in detect_article(article(body))
               if e.type == "military_strike" and not e.is_background}
    assert strikes == {("RU", "UA")}  # and no "Russia struck Russia" from the Kursk region


def test_a_state_told_as_where_beside_the_act_gives_its_territory():
    body = ("Warning sirens went off across southern Ukraine overnight. Hours later, drones launched from Russia hit a "
            "warehouse near the coast, the governor said.")
    strikes = [(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"]
    assert strikes == [("RU", "UA")]


def test_the_subject_that_launched_one_of_its_attacks_is_the_attacker():
    body = "Sirens wailed over Odesa on Sunday night as Russia launched one of its heaviest attacks on southern Ukraine in weeks."
    strikes = [(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"]
    assert strikes == [("RU", "UA")]


def test_a_strike_said_to_remain_possible_is_no_act():
    body = "Diplomats in Vienna said on Friday that a US strike on Iran's missile bases looked increasingly likely."
    assert default_alerts(detect_article(article(body))) == []


def test_a_leader_named_among_the_dead_of_the_sentence_before_shares_their_fate():
    body = ("A Turkish drone strike on a car near Qamishli in north-eastern Syria on Monday killed four people. "
            "Among them was Ferhat Kobani, a senior commander of the Kurdish-led SDF, the group said.")
    leaders = [(p.name, p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert leaders == [("Ferhat Kobani", "killed")]


def test_its_ministry_condemning_is_the_state_the_sentence_before_opened_with():
    body = ("Russian drones struck a power plant in the Ukrainian city of Izmail overnight. Romania scrambled two F-16s as "
            "the drones flew close to its territory. Its foreign ministry condemned the attack.")
    [condemnation] = [e for e in detect_article(article(body)) if e.type == "condemnation"]
    assert [a.country for a in condemnation.by] == ["RO"]


def test_a_states_troops_fighting_beside_a_group_make_its_act_theirs_too():
    body = "RSF fighters, reinforced by Chadian troops, shelled the Sudanese city of El Fasher on Friday, the army said."
    strikes = {(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"}
    assert strikes == {("TD", "SD")}
    # a patron's backing is not its act: "Rwanda-backed M23 rebels" stay the rebels'
    assert default_alerts(detect_article(article("Rwanda-backed M23 rebels shelled the town of Sake on Friday."))) == []


def test_a_compound_adjective_opening_a_run_of_capitals_is_no_person():
    # "Israeli-occupied Quneitra" is no one; the role before the apposed name is the leader's
    body = ("An explosion at a base in Israeli-occupied Quneitra killed the commander of the Syrian army's 90th Brigade, "
            "Colonel Samir Haddad, state media said, blaming an Israeli drone.")
    leaders = [(p.name, p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert leaders == [("Samir Haddad", "killed")]


def test_odd_spaces_of_scraped_copy_read_as_spaces_and_the_evidence_quotes_the_body_as_it_came():
    plain = "Venezuelan troops fired on a Guyanese army patrol near the Cuyuni river on Monday, Guyana's government said."
    odd = plain.replace(" on ", "\u00a0on\u00a0").replace("the ", "the\u202f")
    [a], [b] = ([e for e in detect_article(article(body)) if e.type == "military_strike"] for body in (plain, odd))
    assert (b.attacker.country, b.territory.country, b.occurred_on) == (a.attacker.country, a.territory.country, a.occurred_on)
    assert [odd[ev.start : ev.end] for ev in b.evidence] == [ev.text for ev in b.evidence]
    assert "\u00a0" in b.evidence[0].text


def test_the_speakers_own_strike_told_with_its():
    body = ("The Turkish defence ministry confirmed on Friday that twelve PKK fighters were killed in its air strike on "
            "the Gara region of northern Iraq.")
    strikes = [(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"]
    assert strikes == [("TR", "IQ")]


def test_its_strike_is_the_clause_subjects_when_another_speaks():
    body = "The Kurdish administration said Turkey had killed four fighters in its strike near Kobani on Monday."
    strikes = [(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"]
    assert strikes == [("TR", "SY")]


def test_the_risk_of_attacks_is_no_act():
    body = ("Shipping insurers raised premiums on Monday, citing the risk that Houthi attacks on vessels in the southern "
            "Red Sea could resume.")
    assert [e for e in detect_article(article(body)) if e.type == "military_strike" and not e.is_background] == []


def test_a_short_other_spelling_of_a_small_city_stays_a_given_name():
    # "Ismail" is one of geonames' spellings of Izmail (70,000 people), and a common given name
    body = "Israeli jets struck the residence of Ismail Haniyeh in Tehran on Wednesday, Iran's Revolutionary Guards said."
    strikes = [(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"]
    assert strikes == [("IL", "IR")]


def test_a_campaign_of_words_called_an_offensive_is_no_act():
    body = "Turkey's president launched a diplomatic offensive in the Gulf on Monday, visiting three capitals in two days."
    assert [e for e in detect_article(article(body)) if e.type == "military_strike"] == []


def test_water_cannon_at_a_boat_by_a_feature_of_the_sea_is_no_act():
    body = ("A Chinese coast guard vessel fired water cannon at a Vietnamese fishing boat near Paracel Reef on Sunday, "
            "Hanoi said.")
    assert [e for e in detect_article(article(body)) if e.type == "military_strike"] == []
    # "Scarborough Shoal" is no English town
    assert [m.text for m in load().find("a boat near Scarborough Shoal")] == []


def test_a_leader_where_a_house_was_targeted_has_an_unknown_fate():
    body = ("Israeli jets targeted a farmhouse near Qusayr in western Syria where Ali Saleh, a Hezbollah commander, was "
            "said to be meeting aides, officials said. It was not known whether he survived.")
    leaders = [(p.name, p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert leaders == [("Ali Saleh", "unknown")]


def test_an_act_dated_by_its_month_alone_months_ago_is_history():
    body = "In January, Pakistani jets bombed hideouts in Afghanistan's Khost province, killing eleven people."  # published in March
    strikes = [e for e in detect_article(article(body)) if e.type == "military_strike"]
    assert strikes and all(e.is_background for e in strikes)
    assert strikes[0].occurred_on.month == 1


def test_an_act_told_as_months_before_is_history():
    body = ("Three months after Azerbaijani troops shelled the Armenian town of Jermuk, its hotels reopened on Saturday "
            "to visitors.")
    assert default_alerts(detect_article(article(body))) == []


def test_an_armed_force_that_killed_a_leader_is_an_attack_on_them():
    body = "Houthi fighters killed the deputy commander of a Saudi-backed brigade near Marib on Friday, tribal sources said."
    leaders = [(p.outcome, p.name) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert [o for o, _ in leaders] == ["killed"] and "deputy commander" in leaders[0][1].lower()


def test_an_attempt_on_a_leader_told_with_a_verb_and_the_fate_after_it():
    named = "Rebels said they had tried to kill the defence minister, Omar Hassan, in an ambush near Gao."
    unnamed = "Gunmen attempted to assassinate the governor of Herat on Sunday; he escaped unhurt."
    [a], [b] = ([(p.name, p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
                for body in (named, unnamed))
    assert a == ("Omar Hassan", "unknown")
    assert b[1] == "survived" and "governor of herat" in b[0].lower()


def test_the_kin_of_a_leader_killed_are_not_the_leader():
    body = ("A Russian strike on a house in Kherson killed two daughters of the regional governor, Oleksandr Prokudin, "
            "officials said. Prokudin was in Kyiv at the time.")
    persons = [(p.name, p.outcome, p.relation) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert persons == [("Daughters of Oleksandr Prokudin", "killed", "daughter of Oleksandr Prokudin")]


def test_neither_leader_hurt_spares_those_named_before():
    body = ("Two Russian drones hit a hotel in Kharkiv on Friday near where Prime Minister Denys Shmyhal was staying. "
            "Neither of them was hurt, officials said, referring to Shmyhal and his deputy.")
    persons = [(p.name, p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert persons == [("Denys Shmyhal", "survived")]


def test_its_leader_is_the_senior_figure_named_just_before():
    body = ("Israeli jets struck a flat in Damascus on Sunday where the Islamic Jihad secretary-general, Ziad Nakhaleh, "
            "was staying. The group said its leader was unhurt.")
    persons = [(p.name, p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert persons == [("Ziad Nakhaleh", "survived")]


def test_the_director_of_a_leaders_office_is_a_leader():
    body = "The director of the Hamas leader's office was killed in an Israeli strike on a flat in Beirut on Tuesday."
    assert [p.outcome for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons] == ["killed"]


def test_a_spokesman_who_is_also_a_senior_commander_is_a_leader():
    body = ("Israeli jets bombed a flat in Khan Younis on Friday in an attempt to kill Hamza Saleh, the spokesman and a "
            "senior commander of Islamic Jihad's armed wing, the army said. His fate was not known.")
    persons = [(p.name, p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert persons == [("Hamza Saleh", "unknown")]
    # a spokesman alone is not
    alone = body.replace("the spokesman and a senior commander of", "the spokesman of")
    assert [e for e in detect_article(article(alone)) if e.type == "leader_attack"] == []


@pytest.mark.parametrize(("text", "country"), [
    ("Dominican soldiers", "DO"),  # the Dominican Republic's, as news means it (countryinfo gives Dominica's)
    ("Côte d'Ivoire said", "CI"), ("Cote d'Ivoire said", "CI"), ("Timorese police", "TL"), ("Basotho troops", "LS"),
])
def test_names_news_uses_for_states_the_data_packages_lack_or_give_another(text, country):
    assert [m.country for m in load().find(text)] == [country]


def test_a_place_name_before_a_weapon_is_the_weapons_name():
    assert [m.text for m in load().find("a barrage of Grad rockets")] == []


def test_a_leaders_home_struck_while_they_were_away():
    body = ("Russian drones struck the home of the mayor of Mykolaiv overnight. He was not at home, his press service said, "
            "but two neighbours were hurt.")
    persons = [(p.name, p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert len(persons) == 1 and persons[0][1] == "survived" and "mayor of mykolaiv" in persons[0][0].lower()


def test_the_role_told_again_is_the_one_told_by_role_before():
    body = ("Gunmen ambushed the convoy of Niger's interior minister near Tillaberi on Sunday, killing two guards. "
            "The minister was unhurt, the government said.")
    persons = [(p.name, p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert persons == [("Niger's interior minister", "survived")]


def test_a_claim_rejected_is_no_act():
    body = "Minsk rejected as absurd Lithuania's claim that Belarusian helicopters had attacked a Lithuanian border post."
    assert default_alerts(detect_article(article(body))) == []


def test_the_forces_of_a_victim_are_not_the_attacker():
    # the victim's unit told before "was killed"; the speaker's own forces may still be the attacker
    victim = ("Colonel Oleg Markov, commander of a Russian army brigade, was killed on Friday when a drone "
              "slammed into his car in the Russian city of Kursk.")
    speaker = ("The Israeli military said on Monday that Hezbollah commander Ali Nasr was killed in a strike near the "
               "Lebanese city of Tyre on Sunday.")
    [v] = [e for e in detect_article(article(victim)) if e.type == "military_strike"]
    [s] = [e for e in detect_article(article(speaker)) if e.type == "military_strike"]
    assert v.attacker is None or v.attacker.country != "RU"
    assert (s.attacker.country, s.territory.country) == ("IL", "LB")


def test_the_toll_of_one_remembered_act_is_no_casualty_report():
    body = ("Survivors gathered in Guernica on Sunday for the anniversary of the 1937 bombing by German aircraft that "
            "killed hundreds of people, and of the raid which killed about 1,600 people, as some historians count.")
    assert [e.type for e in detect_article(article(body)) if e.type == "casualty_report"] == []


def test_domestic_strike_is_not_cross_border():
    events = detect_article(article("The Sudanese army carried out airstrikes on Nyala in Sudan on Monday, killing twelve people."))
    strikes = [e for e in events if e.type == "military_strike" and not e.is_background]
    assert strikes and not any(s.cross_border for s in strikes)
    assert default_alerts(events) == []


def test_commander_killed_is_a_leader_attack():
    body = (
        "An Israeli airstrike on Beirut's southern suburbs on Tuesday killed Hezbollah commander Ali Karaki, the group said.\n\n"
        "Lebanon's government condemned the strike."
    )
    events = detect_article(article(body))
    [attack] = [e for e in events if e.type == "leader_attack"]
    assert [(p.name, p.outcome, p.organization) for p in attack.persons] == [("Ali Karaki", "killed", "Hezbollah")]


def test_the_role_told_again_is_the_person_named_earlier_in_it():
    body = ("A car bomb exploded beside the motorcade of Libya's interior minister, Salem al-Obeidi, in Tripoli on Sunday. "
            "The minister escaped with cuts to his face, but his driver was killed, officials said.")
    [attack] = [e for e in detect_article(article(body)) if e.type == "leader_attack"]
    assert [(p.name, p.outcome) for p in attack.persons] == [("Salem al-Obeidi", "survived")]


SPORTS_REPORT = (
    "Brazil's striker fired a rocket into the top corner in the 89th minute as his side struck back to beat "
    "Argentina 2-1 in Buenos Aires on Thursday.\n\n"
    "The Argentine defence was torn apart by Brazilian attacks in the second half, and the visitors' bombardment "
    "of the goal finally paid off."
)


def test_a_sports_report_is_no_war_even_with_unambiguous_war_words():
    assert default_alerts(detect_article(article(SPORTS_REPORT))) == []


def test_archive_footage_of_airstrikes_is_background():
    body = ("The film, which premiered in Venice on Saturday, uses archive footage of Israeli airstrikes on the "
            "Lebanese capital.")
    assert [e.is_background for e in detect_article(article(body)) if e.type == "military_strike"] == [True]


@pytest.mark.parametrize(("sentence", "killed", "wounded"), [
    ("Two soldiers guarding the convoy were killed and four wounded, a police officer said.", "Two", "four"),
    ("The governor said two workers were killed and five were wounded in the attack.", "two", "five"),
    ("Officials said that two days after 30 people were killed, the town was still without power.", "30", None),
])
def test_a_toll_reads_its_own_count(sentence, killed, wounded):
    def counts(pattern):
        return [m.group("n") or m.group("n2") for m in pattern.finditer(sentence)]

    assert counts(lexicon.KILLED_COUNT) == [killed]
    assert counts(lexicon.WOUNDED_COUNT) == ([wounded] if wounded else [])


def test_a_capital_condemns_the_act_told_before():
    body = ("Azerbaijani drones struck a power station in the Armenian town of Kapan on Monday, killing two workers. "
            "Yerevan condemned the action and recalled its envoy.")
    events = detect_article(article(body))
    assert [[b.country for b in e.by] for e in events if e.type == "condemnation"] == [["AM"]]


def test_an_act_another_answers_is_history_and_not_the_answerers():
    body = ("The United States struck depots in Syria's Deir ez-Zor province on Sunday in response to a drone attack that "
            "killed two American soldiers in Jordan.")
    strikes = [e for e in detect_article(article(body)) if e.type == "military_strike"]
    assert [(e.attacker.country, e.territory.country) for e in strikes if not e.is_background] == [("US", "SY")]
    assert [e.territory.country for e in strikes if e.is_background] == ["JO"]  # the attack answered, kept as history


def test_a_leader_killed_in_a_remembered_strike_is_history():
    body = "Crowds in Beirut on Friday marked the anniversary of the Israeli strike that killed Hamas deputy leader Saleh al-Arouri."
    assert [e for e in detect_article(article(body)) if e.type == "leader_attack" and not e.is_background] == []


def test_a_court_called_by_its_city_without_in():
    body = "A former Chadian security chief was convicted of torture by a Paris court on Friday and sentenced to life."
    [legal] = [e for e in detect_article(article(body)) if e.type == "legal_action"]
    assert legal.court == "Paris court"


def test_a_court_named_by_its_city_is_a_legal_action():
    body = "A court in Stockholm on Monday sentenced a former Iranian prison official to life for war crimes committed in 1988."
    [legal] = [e for e in detect_article(article(body)) if e.type == "legal_action"]
    assert legal.court == "court in Stockholm"


def test_hearings_in_a_case_brought_by_a_state_are_a_legal_action():
    body = "The International Court of Justice opened hearings on Tuesday in a case brought by Ukraine over Russian shelling of its cities."
    [legal] = [e for e in detect_article(article(body)) if e.type == "legal_action"]
    assert "International Court of Justice" in legal.court and not legal.is_background


def test_a_longer_arabic_name_is_not_the_shorter_place_it_begins_with():
    # "Ain" is a French department, "Ain al-Asad" an air base in Iraq
    body = "Rockets hit the Ain al-Asad air base in Iraq's Anbar province on Sunday, and a militia claimed the attack."
    strikes = [e for e in detect_article(article(body)) if e.type == "military_strike" and not e.is_background]
    assert strikes and all(e.territory.country == "IQ" for e in strikes)


def test_a_role_told_with_whom_it_described_as_is_read():
    body = ("The Israeli army said on Friday it had killed Nabil Qassem, whom it described as Hamas' military "
            "intelligence chief, in a strike on a house in Gaza City.")
    [attack] = [e for e in detect_article(article(body)) if e.type == "leader_attack"]
    assert [(p.name, p.outcome, p.organization) for p in attack.persons] == [("Nabil Qassem", "killed", "Hamas")]


def test_grenade_attackers_make_an_attack_on_a_leader():
    body = ("Guinea's prime minister, Amadou Diallo, escaped unhurt on Friday when attackers hurled grenades at his "
            "motorcade in Conakry, the government said.")
    [attack] = [e for e in detect_article(article(body)) if e.type == "leader_attack"]
    assert [(p.name, p.outcome) for p in attack.persons] == [("Amadou Diallo", "survived")]


def test_a_role_does_not_run_across_a_reporting_verb():
    body = ("Ukrainian drones struck a Russian patrol ship in the port of Tuapse on Saturday. Video showed gunfire over the harbour. "
            "The governor of Russia's Krasnodar region said one sailor had been wounded.")
    assert [e for e in detect_article(article(body)) if e.type == "leader_attack"] == []


@pytest.mark.parametrize(("body", "persons"), [
    # "He was killed in an Israeli strike": the person named in the sentence before; a brigadier general by role alone
    ("Hamas announced on Friday the death of one of its senior commanders, Rafiq Saleh.\n\n"
     "He was killed in an Israeli strike on a house in Khan Younis, the group said.", [("Rafiq Saleh", "killed")]),
    ("An Iranian brigadier general was killed when Israeli missiles struck a base near Kermanshah on Friday.",
     [("Iranian brigadier general", "killed")]),
    # shot in the chest: wounded; a role with a relative clause before its verb
    ("A Peruvian senator and presidential candidate was shot three times in the chest outside his home in Lima on Friday.",
     [("Peruvian senator and presidential candidate", "wounded")]),
    ("A drone hit the town hall of Nikopol on Monday, but the mayor, who was in a meeting, was not hurt, officials said.",
     [("Mayor", "survived")]),
    # an appositive that opens with its group's possessive
    ("Yahya Qassem, Hamas's military chief in Rafah, was killed in an Israeli airstrike on Tuesday, the group said.",
     [("Yahya Qassem", "killed")]),
    # a car bomb told as explosives that blew up
    ("Major General Pavel Orlov, a deputy commander of Russia's airborne forces, died on Saturday when a car packed with "
     "explosives blew up outside his flat in St Petersburg.", [("Pavel Orlov", "killed")]),
    # "killing a senior commander of ...": the role as the object of the participle
    ("Israeli missiles hit a bunker in Tehran on Friday, killing a senior commander of the Revolutionary Guards, state media said.",
     [("Senior commander of the Revolutionary Guards", "killed")]),
    # the role subject of a later clause is the role told in full before it; the active voice with a wound; a council
    ("The motorcade of Mali's foreign minister was ambushed near Gao on Tuesday, but the minister escaped unharmed, officials said.",
     [("Mali's foreign minister", "survived")]),
    ("Gunmen shot and wounded the governor of Nigeria's Benue state, Samuel Idoko, as he drove home on Saturday.",
     [("Samuel Idoko", "wounded")]),
    ("An Israeli drone killed Ali Haidar, a member of Hezbollah's executive council, in southern Lebanon on Monday.",
     [("Ali Haidar", "killed")]),
    # a group with a lower-case article among the role's words; "among nine soldiers killed"
    ("A senior al-Qaeda commander was wounded in an American drone strike in Yemen's Marib province on Friday.",
     [("Senior al-Qaeda commander", "wounded")]),
    ("Two Iranian generals were among nine soldiers killed when Israeli missiles hit a base near Isfahan on Monday.",
     [("Two Iranian generals", "killed")]),
    # a role told with "in" ("Hezbollah's commander in southern Lebanon, X,")
    ("Hezbollah's commander in southern Lebanon, Ali Hamdan, was killed in an Israeli drone strike on Monday, the group said.",
     [("Ali Hamdan", "killed")]),
    # the role phrase set beside the name is one person, not two
    ("A Ukrainian missile killed the commander of Russia's 58th Army, Major General Oleg Tsokov, in occupied Berdyansk.",
     [("Oleg Tsokov", "killed")]),
    # role-only leaders: the object of "shot dead", a possessive owner, "was unharmed"
    ("Masked gunmen shot dead the governor of Kenya's Mandera county outside his home on Sunday.",
     [("Governor of Kenya's Mandera county", "killed")]),
    ("Israel said on Tuesday it had killed Hamas's military chief in an airstrike on a tunnel in Khan Younis.",
     [("Hamas's military chief", "killed")]),
    ("Mali's army chief was unharmed after militants ambushed his convoy near Mopti, the army said.",
     [("Mali's army chief", "survived")]),
    ("A senior Hamas field commander was killed in an Israeli airstrike on a car in Deir al-Balah on Monday.",
     [("Senior Hamas field commander", "killed")]),
    ("Gunmen fired shots at the car of Malawi's vice-president, Saulos Chima, near Lilongwe. The vice-president was not "
     "hurt, police said.", [("Saulos Chima", "survived")]),
    # names and modifiers in any order before the role; "were among those killed"; "died of his wounds"
    ("Three senior Russian generals were among those killed in the Ukrainian missile strike on Kursk, Russian media said.",
     [("Three senior Russian generals", "killed")]),
    ("The deputy leader of Hamas's armed wing died of his wounds on Friday, two days after an Israeli strike on his car.",
     [("Deputy leader of Hamas's armed wing", "killed")]),
    ("Hezbollah's political chief survived an attempt on his life in Beirut on Tuesday, the group said.",
     [("Hezbollah's political chief", "survived")]),
    # a role as the subject of "was shot dead"; one name after a title ("President Mahamat"), the role told again
    ("The mayor of Colombia's Cucuta city was shot dead outside his office on Monday, police said.",
     [("Mayor of Colombia's Cucuta city", "killed")]),
    ("Rockets landed near the palace in N'Djamena as President Mahamat met envoys on Friday. The president was unharmed, "
     "his office said.", [("Mahamat", "survived")]),
    # an ambush on a leader's convoy, and the leader's fate told with a pronoun ("He was unhurt")
    ("Gunmen fired on the convoy of Libya's interior minister, Khalifa Zintani, on a road near Misrata on Tuesday. He was "
     "unhurt, but a guard was wounded, the ministry said.", [("Khalifa Zintani", "survived")]),
    # the role named with a pronoun in the next sentence ("It identified him as X")
    ("An Israeli airstrike on a flat in Sidon killed a senior Hamas commander on Sunday, the army said. It identified him "
     "as Samir Abu Qasem.", [("Samir Abu Qasem", "killed")]),
    # a senior official by role, named later with a pronoun
    ("A senior Islamic Jihad official was killed when a drone struck a car in Damascus on Friday. The group identified "
     "him as Tarek Izzeldin.", [("Tarek Izzeldin", "killed")]),
    # a role with a participle before its verb; a role that says it survived
    ("An Iranian brigadier general commanding an air defence unit was killed when Israeli jets hit a radar site near Tabriz.",
     [("Iranian brigadier general", "killed")]),
    ("The mayor of Ukraine's Kherson city said he had escaped unhurt after Russian drones attacked his car on Sunday.",
     [("Mayor of Ukraine's Kherson city", "survived")]),
    # an attempt to kill a leader whose fate is not known
    ("Turkish drones struck a house in Syria's Raqqa province on Monday in an attempt to kill the commander of the YPG, "
     "Rezan Dersim, officials said. It was not clear whether he survived.", [("Rezan Dersim", "unknown")]),
    # the role named by a participle ("naming the general as X"); "its commander had survived"
    ("Rebels killed a Malian army general in an ambush near Kidal on Friday, the ministry said, naming the general as Issa Traore.",
     [("Issa Traore", "killed")]),
    ("Israeli jets struck a flat in Sidon on Monday. Hamas said its commander in Lebanon had survived the strike.",
     [("Commander in Lebanon", "survived")]),
    # a senior member of a group's armed wing; a role object with the name set beside it, far from its verb
    ("Karim Haddad, a senior member of Islamic Jihad's armed wing in Syria, was killed when an Israeli drone struck his "
     "car near Damascus.", [("Karim Haddad", "killed")]),
    ("An Israeli airstrike killed a senior commander of the Houthis' missile forces in northern Yemen, Nasser al-Hamli, "
     "on Friday, the group said.", [("Nasser al-Hamli", "killed")]),
    # "Brig." does not end a sentence
    ("Brig. Gen. Omid Farahani of Iran's Revolutionary Guards was killed when Israeli jets struck a base near Damascus.",
     [("Omid Farahani", "killed")]),
    # a role with a relative clause, no commas, before its verb
    ("A Syrian general who commanded the air defences of Homs was among four officers killed when Israeli jets struck a base "
     "near the city.", [("Syrian general", "killed")]),
])
def test_leaders_told_in_other_shapes(body, persons):
    attacks = [e for e in detect_article(article(body)) if e.type == "leader_attack"]
    assert [(p.name, p.outcome) for e in attacks for p in e.persons] == persons


def test_a_town_too_small_for_the_gazetteer_is_the_speaking_states_but_not_a_diplomats():
    body = "Benin's army said Nigerien soldiers had fired on the border village of Kpatchambo on Sunday, wounding a farmer."
    [strike] = [e for e in default_alerts(detect_article(article(body))) if e.type == "military_strike"]
    assert (strike.attacker.country, strike.territory.country, strike.territory.place) == ("NE", "BJ", "Kpatchambo")
    told = "Nigerien soldiers fired on the Beninese border village of Kpatchambo on Sunday, wounding a farmer."
    [named] = [e for e in default_alerts(detect_article(article(told))) if e.type == "military_strike"]
    assert strike.confidence < named.confidence  # read from who speaks: a guess
    diplomats = "Germany's foreign ministry said Russian troops had shelled the village of Dvorichna on Sunday."
    assert all(e.territory.country != "DE" for e in detect_article(article(diplomats)) if e.type == "military_strike")


def test_the_act_another_is_dated_by_is_history():
    body = ("Egyptian jets bombed militia depots near the Libyan town of Sirte on Monday, a day after a Libyan drone exploded "
            "near a police station in Egypt's Matrouh province.")
    strikes = [(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))]
    assert strikes == [("EG", "LY")]


def test_a_strike_named_by_a_launcher_model_and_its_hit_is_one_domestic_act():
    # "a Ukrainian HIMARS strike hit ... near Donetsk": the place of the verb is the act's; bloggers are no victims
    body = ("A Russian colonel was killed when a Ukrainian HIMARS strike hit his command post near Donetsk, Russian war "
            "bloggers reported.")
    strikes = [e for e in detect_article(article(body)) if e.type == "military_strike" and not e.is_background]
    assert [(e.attacker.country if e.attacker else None, e.territory.country) for e in strikes] == [("UA", "UA")]


def test_a_territory_read_beside_the_act_shows_its_sentence_and_costs_confidence():
    body = ("Loud explosions shook the Syrian port of Tartus before dawn on Friday. The army said Israeli warplanes had "
            "fired missiles at a navy base in the city.")
    told = ("Israeli warplanes fired missiles at a navy base in the Syrian port of Tartus before dawn on Friday, "
            "the army said.")
    [guessed] = [e for e in default_alerts(detect_article(article(body))) if e.type == "military_strike"]
    [stated] = [e for e in default_alerts(detect_article(article(told))) if e.type == "military_strike"]
    assert [body[e.start : e.end] for e in guessed.evidence] == [
        "Loud explosions shook the Syrian port of Tartus before dawn on Friday.",
        "The army said Israeli warplanes had fired missiles at a navy base in the city.",
    ]
    assert guessed.confidence < stated.confidence


def test_an_act_a_person_is_said_to_have_led_is_not_the_speakers():
    body = ("Hezbollah said one of its commanders, Ali Fares, was killed in an Israeli strike near Tyre on Monday. "
            "Israel's army said Fares led a unit that fired rockets at Israel.")
    strikes = [(e.attacker.country if e.attacker else None, e.territory.country) for e in detect_article(article(body))
               if e.type == "military_strike" and not e.is_background]
    assert strikes == [("IL", "LB")]


def test_a_leader_an_army_says_it_eliminated_was_killed():
    body = ("Turkey's defence ministry said it had eliminated the PKK's commander for the Gara region, Zagros Amed, "
            "in a drone strike in northern Iraq on Monday.")
    persons = [(p.name, p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert persons == [("Zagros Amed", "killed")]


def test_a_states_minister_condemning_speaks_for_the_state():
    body = ("Russian missiles struck a hospital in the Ukrainian city of Sumy on Sunday. Spain's defence minister condemned "
            "the strike as a war crime, and Canada's foreign secretary called it barbaric.")
    [condemnation] = [e for e in detect_article(article(body)) if e.type == "condemnation"]
    assert [a.country for a in condemnation.by] == ["ES"]


def test_a_leader_who_succumbed_to_wounds_was_killed():
    named = ("Brigadier General Ilya Orlov, who commanded a Russian artillery brigade, succumbed on Sunday to wounds from a "
             "Ukrainian drone strike on his command post in Russia's Kursk region.")
    pronoun = ("A Ukrainian drone hit a Russian command post in the Kursk region on Friday, wounding Brigadier General Ilya Orlov. "
               "He succumbed to his injuries two days later.")
    for body in (named, pronoun):
        persons = [(p.name, p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
        assert persons == [("Ilya Orlov", "killed")], body


def test_a_death_told_as_a_noun_is_the_named_leaders_fate():
    body = ("Hezbollah announced on Tuesday the death of its southern front commander, Ali Karaki, in an Israeli air strike "
            "on a flat in Beirut.")
    persons = [(p.name, p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert persons == [("Ali Karaki", "killed")]


def test_a_leader_in_serious_condition_after_an_attack_was_wounded():
    body = ("Lieutenant General Sergei Markov, chief of staff of a Russian army group, is in critical condition after a "
            "Ukrainian missile hit his headquarters in the Kursk region, a Russian lawmaker said.")
    persons = [(p.name, p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert persons == [("Sergei Markov", "wounded")]


def test_a_leader_killed_when_his_car_overturned_was_not_attacked():
    body = ("A senior Nigerian army commander was killed on Sunday when his vehicle overturned near Maiduguri, the army said, "
            "blaming a burst tyre.")
    assert [e for e in detect_article(article(body)) if e.type == "leader_attack"] == []


def test_the_one_a_groups_team_is_led_by_is_its_leader():
    body = ("Hezbollah said its delegation, led by Wafiq Safa, escaped unharmed when an Israeli drone struck their convoy "
            "near Sidon on Friday.")
    persons = [(p.name, p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert persons == [("Wafiq Safa", "survived")]


def test_a_toll_that_passed_a_mark_is_a_casualty_report():
    body = "The number of people killed in the fighting in Sudan's Darfur region has surpassed 15,000, a UN agency said on Monday."
    reports = [e for e in detect_article(article(body)) if e.type == "casualty_report"]
    assert [r.count for r in reports] == [15000]


def test_debris_from_a_downed_drone_that_did_damage_is_a_hit():
    body = "Debris from a downed Russian drone set fire to a warehouse in the Ukrainian city of Chernihiv overnight, officials said."
    strikes = [(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"]
    assert strikes == [("RU", "UA")]


def test_one_drone_of_those_told_in_the_live_blogs_entry_before_is_theirs():
    body = ("21:40 - Air defences shot down 20 Russian drones over the Kyiv region, the regional administration says.\n\n"
            "22:15 - Debris from one drone damaged a petrol station in Brovary. No one was injured.")
    strikes = [(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"]
    assert strikes == [("RU", "UA")]


def test_a_state_named_as_its_adversaries_call_it():
    body = ("Hezbollah said in a statement that the Zionist enemy's drone strike on a motorbike near Bint Jbeil on Sunday "
            "had killed one of its fighters.")
    strikes = [(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"]
    assert strikes == [("IL", "LB")]


def test_an_act_with_no_time_of_its_own_after_the_same_states_history_goes_on_telling_it():
    body = ("Fifteen years ago, Turkey launched its first large offensive against the PKK in northern Iraq.\n\n"
            "Turkish jets bombed the Qandil mountains for weeks, and ground troops pushed into Duhok province.\n\n"
            "A new book by a former general describes the campaign; it goes on sale on Friday.")
    assert [e.model_dump() for e in default_alerts(detect_article(article(body))) if e.type == "military_strike"] == []
    # the same act with a time of its own is news
    fresh = body.replace("bombed the Qandil mountains for weeks", "bombed the Qandil mountains on Tuesday")
    assert [(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(fresh)))
            if e.type == "military_strike"] == [("TR", "IQ")]


def test_a_place_in_the_country_is_in_the_state_the_text_is_about():
    body = ("Romania's defence ministry summoned the Russian military attache on Monday. Overnight, a Russian drone had "
            "exploded in a field near a small village in the east of the country, leaving a crater, the ministry said.")
    strikes = [(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"]
    assert strikes == [("RU", "RO")]


def test_a_reaction_that_leads_the_report_condemns_the_act_told_next():
    body = ("Latvia's prime minister condemned what he called a deliberate provocation on Sunday. A Russian drone "
            "crashed into a barn near the Latvian town of Rezekne overnight and exploded, police said.")
    [condemnation] = [e for e in detect_article(article(body)) if e.type == "condemnation"]
    assert [a.country for a in condemnation.by] == ["LV"]


def test_the_speakers_own_act_in_its_own_quoted_words():
    body = '"Our jets struck the camps of terrorist groups near Kirkuk with precision," Turkey\'s defence ministry said on Monday.'
    strikes = [(e.attacker.country, e.territory.country, e.attribution) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"]
    assert strikes == [("TR", "IQ", "claimed")]


def test_one_act_on_two_states_joined_by_and():
    body = "Turkish jets struck PKK targets in Iraq and Syria on Tuesday, the defence ministry said."
    strikes = {(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"}
    assert strikes == {("TR", "IQ"), ("TR", "SY")}


def test_defenders_are_not_attackers_and_the_drone_not_intercepted_hit():
    body = ("Romanian F-16s shot down three Russian drones during an attack on Ukraine's Danube ports overnight. "
            "One drone that was not intercepted hit a barn in the Romanian village of Plauru.")
    strikes = {(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"}
    assert strikes == {("RU", "UA"), ("RU", "RO")}


def test_ground_forces_pushing_into_another_states_land():
    body = "Russian tank columns rolled into Ukraine's Sumy region before dawn on Friday, the border guard service said."
    strikes = [(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"]
    assert strikes == [("RU", "UA")]


def test_a_senior_officer_killed_with_the_name_apposed_is_a_leader():
    body = ("An Israeli drone strike on a car on the coastal road south of Sidon killed a senior officer of Hamas's armed "
            "wing in Lebanon, Colonel Khaled Ahmad, Lebanese security sources said.")
    persons = [(p.name, p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert persons == [("Khaled Ahmad", "killed")]


def test_a_leaders_car_attacked_by_whoever_is_an_attack_on_them():
    body = "Masked men attacked the car of the mayor of Culiacan on Sunday. He escaped unhurt, police said."
    persons = [(p.name.lower(), p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert persons == [("mayor of culiacan", "survived")]


def test_fire_told_by_what_it_did():
    body = "Kyrgyzstan's border service said Tajik border guards opened fire, killing a shepherd near the Kyrgyz town of Batken."
    strikes = [(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"]
    assert strikes == [("TJ", "KG")]


def test_what_its_drones_neutralised_and_the_attack_it_answers():
    body = ("Turkey's defence ministry said its drones had neutralised 17 militants in northern Syria, after an attack on a "
            "Turkish base in Iraq that killed two soldiers.")
    strikes = {(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"}
    assert strikes == {("TR", "SY")}


def test_what_warplanes_were_sent_to_bomb_and_the_act_it_came_a_day_after():
    body = ("Egypt's army said it had sent warplanes to bomb militant camps near the Libyan town of Derna, a day after gunmen "
            "crossing from Libya killed six Egyptian border guards.")
    strikes = {(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"}
    assert strikes == {("EG", "LY")}


def test_talks_a_third_state_hosts_between_warring_sides_and_not_between_others():
    war = ("Sudanese army drones struck an RSF convoy near El Obeid on Monday. Saudi Arabia has hosted talks between the "
           "army and the RSF in Jeddah.")
    trade = "Oman has hosted talks between Iran and the United States on the nuclear programme, officials said."
    [talks] = [e for e in detect_article(article(war)) if e.type == "ceasefire_talks"]
    assert [m.country for m in talks.mediators] == ["SA"]
    assert [e for e in detect_article(article(trade)) if e.type == "ceasefire_talks"] == []


def test_a_role_among_the_casualties_just_told_shares_their_fate():
    body = ("Russian missiles hit a shopping centre in Kharkiv on Saturday, killing four people and wounding 30, among them "
            "the region's deputy governor, officials said.")
    persons = [(p.name.lower(), p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert persons == [("deputy governor", "wounded")]


def test_what_was_set_on_fire_is_told_inside_the_acts_words():
    body = ("The two sides traded strikes overnight, with Russian drones setting a substation in Ukraine's Sumy region on "
            "fire and Ukrainian missiles hitting an airfield in Russia's Kursk region.")
    strikes = {(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"}
    assert strikes == {("RU", "UA"), ("UA", "RU")}


def test_the_named_among_those_a_verb_told_of_share_their_fate():
    body = ("A Ukrainian missile hit a Russian command post in the Kursk region on Monday. Three officers were wounded, "
            "among them Colonel Pavel Ivanov, the post's deputy commander.")
    persons = [(p.name, p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert persons == [("Pavel Ivanov", "wounded")]


def test_what_a_states_artillery_destroyed_is_its_act_on_the_posts_it_hit():
    body = "Armenia's defence ministry said its artillery had destroyed two Azerbaijani army posts near the border on Friday."
    strikes = [(e.attacker.country, e.territory.country) for e in default_alerts(detect_article(article(body)))
               if e.type == "military_strike"]
    assert strikes == [("AM", "AZ")]


def test_a_second_leader_by_role_with_the_verb_left_out():
    body = ("Sudan's army said its chief of staff, General Yasir al-Atta, had been wounded and its intelligence chief killed "
            "in a drone strike on Port Sudan on Monday.")
    persons = {(p.name.lower(), p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons}
    assert persons == {("yasir al-atta", "wounded"), ("sudan's intelligence chief", "killed")}


def test_a_role_martyred_or_slightly_injured_is_a_leaders_fate():
    martyred = "Hezbollah said its deputy commander in the south had been martyred in an Israeli strike near Tyre on Friday."
    injured = ("Gunmen fired at a car carrying Iraq's trade minister in Basra on Monday. The minister was slightly injured, "
               "his office said.")
    [a], [b] = ([(p.name.lower(), p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
                for body in (martyred, injured))
    assert a[1] == "killed" and "deputy commander" in a[0]
    assert b[1] == "wounded" and "trade minister" in b[0]


def test_a_death_announced_the_day_after_an_act_on_the_named_with_the_role_it_gives():
    body = ("Ali Karim was in a flat in Sidon when an Israeli drone hit it on Sunday. Hamas announced his death on Monday, "
            "calling him a senior commander of its armed wing.")
    persons = [(p.name, p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert persons == [("Ali Karim", "killed")]


def test_a_role_coordinated_with_others_told_after_what_a_statement_said():
    body = ("A statement from the group's council said on Sunday that its military commander and several aides had been "
            "martyred in an Israeli strike near Sidon.")
    persons = [(p.name.lower(), p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert len(persons) == 1 and persons[0][1] == "killed" and "military commander" in persons[0][0]


def test_the_one_who_reports_is_not_the_name_of_the_leader_told_by_role():
    body = "A US strike killed a Houthi commander in Yemen's Marib province, Central Command said."
    persons = [p.name for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert len(persons) == 1 and "houthi commander" in persons[0].lower()


def test_an_army_that_says_it_eliminated_a_commander_struck_and_killed_a_leader():
    body = "The IDF said it eliminated a senior Islamic Jihad commander in Khan Younis on Wednesday."
    events = detect_article(article(body))
    strikes = [(e.attacker.country, e.territory.country) for e in default_alerts(events) if e.type == "military_strike"]
    persons = [(p.name.lower(), p.outcome) for e in events if e.type == "leader_attack" for p in e.persons]
    assert strikes == [("IL", "PS")]
    assert len(persons) == 1 and persons[0][1] == "killed" and "islamic jihad commander" in persons[0][0]


def test_a_leader_who_may_have_been_killed_was_attacked_with_the_fate_unknown():
    body = ("Sources said Islamic Jihad's military chief, Ziad Nakhaleh, may have been killed in an Israeli strike in "
            "Khan Younis on Monday.")
    persons = [(p.name, p.outcome) for e in default_alerts(detect_article(article(body))) if e.type == "leader_attack"
               for p in e.persons]
    assert persons == [("Ziad Nakhaleh", "unknown")]


def test_a_role_owned_by_the_group_told_after_others_in_the_subject():
    body = "Three bodyguards and the group's military chief were killed in a drone strike near Marib, the Houthis said."
    persons = [(p.name.lower(), p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
    assert len(persons) == 1 and persons[0][1] == "killed" and "military chief" in persons[0][0]


def test_a_leader_who_escaped_with_minor_injuries_was_wounded():
    named = "Governor Vyacheslav Gladkov escaped with minor injuries when a Ukrainian drone hit his car in the Belgorod region."
    unnamed = "The mayor of Mykolaiv escaped with light injuries when a Russian drone struck his car on Sunday."
    [a], [b] = ([p.outcome for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
                for body in (named, unnamed))
    assert (a, b) == ("wounded", "wounded")


@pytest.mark.parametrize(("when", "day"), [("over the weekend", "2026-11-28"), ("last week", "2026-11-25"),
                                           ("on Tuesday", "2026-12-01"), ("last night", "2026-12-01")])
def test_the_day_of_an_act_told_loosely_is_the_one_it_names(when, day):
    body = f"Russian drones hit a power station in the Ukrainian city of Sumy {when}, officials said."
    # published on Wednesday 2 December 2026
    [strike] = [e for e in default_alerts(detect_article(article(body, published_at="2026-12-02T09:00:00Z")))
                if e.type == "military_strike"]
    assert str(strike.occurred_on) == day


def test_whom_a_legal_action_names_is_the_one_after_against_not_the_courts_own_state():
    case = "Bosnia brought a case against Serbia at the International Court of Justice over the shelling of Sarajevo."
    probe = "Ukraine's prosecutor general opened a war crimes investigation into the missile strike on Odesa."
    [a], [b] = ([e for e in detect_article(article(body)) if e.type == "legal_action"] for body in (case, probe))
    assert [x.country for x in a.against] == ["RS"]
    assert "UA" not in [x.country for x in b.against]


def test_a_resolution_of_condemnation_that_was_vetoed_condemns_nothing():
    body = "Russian missiles hit Odesa on Sunday. China vetoed a UN resolution condemning the attack on Monday."
    assert [e for e in detect_article(article(body)) if e.type == "condemnation"] == []


def test_a_senior_officer_told_by_role_alone_is_a_leader_and_a_plain_one_is_not():
    senior = "Israeli fire killed a senior officer of the Lebanese army near the border town of Khiam on Monday."
    plain = "Israeli fire killed an officer of the Lebanese army near the border town of Khiam on Monday."
    [a], b = ([(p.name.lower(), p.outcome) for e in detect_article(article(body)) if e.type == "leader_attack" for p in e.persons]
              for body in (senior, plain))
    assert a[1] == "killed" and "senior officer" in a[0]
    assert b == []


def test_a_state_named_for_two_lands_goes_by_the_first_and_an_island_is_not_iceland():
    from tocsin.detection.gazetteer import load
    gaz = load()
    assert [(m.text, m.country) for m in gaz.find("Troops in Bosnia and in Trinidad were put on alert.")] == [("Bosnia", "BA"), ("Trinidad", "TT")]
    # Iceland's own name for itself is an English word in place names ("Kharg Island"); a small territory's first land
    # ("Turks" of the Turks and Caicos) is not taken from another state's people
    assert [m.country for m in gaz.find("Drones hit a tanker off Kharg Island.")] == []
    assert [m.country for m in gaz.find("The Turks said on Monday ...")] == ["TR"]


def test_an_act_a_threat_or_vow_answers_is_told_as_done():
    # the vow governs the revenge, not the strike it avenges
    for body in ("Hezbollah vowed to avenge its commander, who was killed in an Israeli drone strike in southern Lebanon on Monday.",
                 "Hezbollah vowed to avenge the killing of its commander in an Israeli drone strike in southern Lebanon on Monday.",
                 "Iran vowed to retaliate for the Israeli strike on its consulate in Damascus on Monday."):
        [strike] = [e for e in detect_article(article(body)) if e.type == "military_strike"]
        assert strike.attacker is not None and strike.attacker.country == "IL" and strike.cross_border, body
    # what is threatened is still no act
    for body in ("Iran warned it would retaliate if Israel struck its nuclear sites.",
                 "Iran threatened to retaliate for any Israeli strike on its territory.",
                 "Hezbollah threatened to strike Israel, which it said was planning an attack on Lebanon."):
        assert [e for e in detect_article(article(body)) if e.type == "military_strike"] == [], body

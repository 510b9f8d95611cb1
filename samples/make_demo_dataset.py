#!/usr/bin/env python3
"""Writes demo-dataset.json: the hand-designed RoutingRules demo data (see docs/dataset.md).

Deterministic: run `python3 samples/make_demo_dataset.py` and commit the result.
The "today" of the scenarios is 2026-11-23.
"""
import json
import os
import random

rng = random.Random(20261123)
reps, territories, accounts, opportunities, leads = [], [], [], [], []


def rep(id, name, role, seniority, tz, langs, manager=None, backup=None, **extra):
    r = {"id": id, "name": name, "email": f"{id}@routingrules.example", "role": role, "seniority": seniority,
         "timeZone": tz, "languages": langs}
    if manager:
        r["managerId"] = manager
    if backup:
        r["backupId"] = backup
    r.update(extra)
    reps.append(r)


def wl(open_leads, overdue=0, today=0, opps=0, last=None):
    w = {"openLeads": open_leads, "overdueFollowUps": overdue, "assignedToday": today, "activeOpportunities": opps}
    if last:
        w["lastAssignedAt"] = last
    return w


# Managers first (everyone else reports to one of them).
rep("mgr-fr", "Manon Leroy", "Manager", "Director", "Europe/Paris", ["fr", "en"])
rep("mgr-us", "Michael Grant", "Manager", "Director", "America/New_York", ["en"])
rep("mgr-emea", "Hans Keller", "Manager", "Director", "Europe/Berlin", ["de", "en"])

# France: AEs, SDRs, AMs, specialists.
fr = [
    ("ae-paris-1", "Alice Martin", "AccountExecutive", "Senior", ["healthcare"]),
    ("ae-paris-2", "Bruno Dubois", "AccountExecutive", "Mid", ["technology"]),
    ("ae-paris-3", "Chloé Bernard", "AccountExecutive", "Junior", ["general"]),
    ("ae-paris-4", "David Moreau", "AccountExecutive", "Senior", ["financial services"]),
    ("ae-sud-1", "Emma Rossi", "AccountExecutive", "Mid", ["manufacturing"]),
    ("ae-sud-2", "François Garcia", "AccountExecutive", "Senior", ["technology"]),
    ("ae-ara-1", "Gabriel Petit", "AccountExecutive", "Mid", ["manufacturing"]),
    ("ae-ara-2", "Hélène Durand", "AccountExecutive", "Junior", ["healthcare"]),
    ("ae-corse-1", "Inès Santoni", "AccountExecutive", "Mid", ["general"]),
    ("ae-nord-1", "Jules Lefèvre", "AccountExecutive", "Mid", ["manufacturing"]),
    ("ae-ouest-1", "Karim Haddad", "AccountExecutive", "Junior", ["general"]),
    ("sdr-fr-1", "Léa Simon", "Sdr", "Junior", ["general"]),
    ("sdr-fr-2", "Marc Laurent", "Sdr", "Junior", ["technology"]),
    ("sdr-fr-3", "Nina Michel", "Sdr", "Mid", ["healthcare"]),
    ("am-fr-1", "Olivier Thomas", "AccountManager", "Senior", ["manufacturing"]),
    ("am-fr-2", "Paul Robert", "AccountManager", "Mid", ["healthcare"]),
    ("spec-fin-1", "Quentin Richard", "Specialist", "Senior", ["financial services"]),
    ("spec-health-1", "Rose Fontaine", "Specialist", "Senior", ["healthcare"]),
    ("pm-fr-1", "Samir Benali", "PartnerManager", "Senior", ["technology"]),
]
for i, (id, name, role, seniority, industries) in enumerate(fr):
    backup = fr[(i + 1) % len(fr)][0]
    extra = {"industries": industries, "performanceWeight": 2.0 if seniority == "Senior" else 1.0,
             "quotaAttainment": round(0.55 + rng.random() * 0.6, 2),
             "workload": wl(rng.randint(3, 40), rng.randint(0, 5), rng.randint(0, 4), rng.randint(0, 6)),
             "stats": {"conversionRate": round(0.08 + rng.random() * 0.25, 3), "avgResponseMinutes": rng.randint(5, 90),
                       "conversionRateBySource": {"referral": round(0.2 + rng.random() * 0.3, 3), "event": round(rng.random() * 0.2, 3)}}}
    if role == "Specialist":
        extra["specialistDepartment"] = "finance" if "fin" in id else "medical"
    rep(id, name, role, seniority, "Europe/Paris", ["fr", "en"], "mgr-fr", backup, **extra)

# Special cases: over capacity, overdue, cooling down, in a meeting, on vacation, departed with successor.
rep("ae-paris-full", "Thomas Full", "AccountExecutive", "Mid", "Europe/Paris", ["fr"], "mgr-fr", "ae-paris-2",
    industries=["technology"], workload=wl(50, 2, 5, 3))
rep("ae-paris-overdue", "Ursula Late", "AccountExecutive", "Mid", "Europe/Paris", ["fr", "en"], "mgr-fr", "ae-paris-3",
    industries=["general"], workload=wl(20, 11, 1, 1))
rep("ae-paris-cool", "Victor Recent", "AccountExecutive", "Junior", "Europe/Paris", ["fr"], "mgr-fr", "ae-paris-3",
    industries=["general"], workload=wl(10, 0, 3, 0, "2026-11-23T09:55:00+01:00"))
rep("ae-paris-meeting", "Wendy Busy", "AccountExecutive", "Senior", "Europe/Paris", ["fr", "en"], "mgr-fr", "ae-paris-1",
    status="InMeeting", industries=["healthcare"], workload=wl(8))
rep("ae-paris-vacation", "Xavier Holiday", "AccountExecutive", "Senior", "Europe/Paris", ["fr", "en"], "mgr-fr", "ae-paris-4",
    industries=["financial services"], quotaAttainment=0.92,
    absences=[{"start": "2026-11-16T00:00:00+01:00", "end": "2026-11-30T00:00:00+01:00"}], workload=wl(15))
rep("ae-paris-lowquota", "Yasmine Behind", "AccountExecutive", "Mid", "Europe/Paris", ["fr", "ar"], "mgr-fr", "ae-paris-2",
    industries=["technology"], quotaAttainment=0.45, workload=wl(6))
rep("ae-departed", "Zoé Gone", "AccountExecutive", "Senior", "Europe/Paris", ["fr"], "mgr-fr", None,
    departed=True, successorId="ae-paris-1", industries=["manufacturing"])
rep("ae-departed-nosucc", "Yves Left", "AccountExecutive", "Mid", "Europe/Paris", ["fr"], "mgr-fr", None,
    departed=True, industries=["general"])

# US and EMEA.
rep("ae-us-east-1", "John Carter", "AccountExecutive", "Senior", "America/New_York", ["en"], "mgr-us", "ae-us-east-2", industries=["financial services"], workload=wl(12))
rep("ae-us-east-2", "Sarah Miller", "AccountExecutive", "Mid", "America/New_York", ["en", "es"], "mgr-us", "ae-us-east-1", industries=["healthcare"], workload=wl(18))
rep("ae-us-west-1", "Laura Chen", "AccountExecutive", "Senior", "America/Los_Angeles", ["en", "zh"], "mgr-us", "ae-us-west-2", industries=["technology"], workload=wl(9))
rep("ae-us-west-2", "Kevin Park", "AccountExecutive", "Junior", "America/Los_Angeles", ["en", "ko"], "mgr-us", "ae-us-west-1", industries=["technology"], workload=wl(4))
rep("sdr-us-1", "Emily Brooks", "Sdr", "Junior", "America/Chicago", ["en"], "mgr-us", "ae-us-east-2", industries=["general"], workload=wl(22))
rep("ae-uk-1", "Oliver Hughes", "AccountExecutive", "Senior", "Europe/London", ["en"], "mgr-emea", "ae-uk-2", industries=["financial services"], workload=wl(14))
rep("ae-uk-2", "Amelia Clarke", "AccountExecutive", "Mid", "Europe/London", ["en", "fr"], "mgr-emea", "ae-uk-1", industries=["general"], workload=wl(11))
rep("ae-dach-1", "Greta Schmidt", "AccountExecutive", "Senior", "Europe/Berlin", ["de", "en"], "mgr-emea", "ae-dach-2", industries=["manufacturing"], workload=wl(16))
rep("ae-dach-2", "Lukas Weber", "AccountExecutive", "Mid", "Europe/Berlin", ["de", "en"], "mgr-emea", "ae-dach-1", industries=["technology"], workload=wl(7))
rep("pm-emea-1", "Sofia Lindqvist", "PartnerManager", "Mid", "Europe/Berlin", ["en", "sv", "de"], "mgr-emea", "pm-fr-1", industries=["technology"])

rep_ids = [r["id"] for r in reps]


def territory(id, name, criteria, members, strategy="RoundRobin", parent=None, backup=None, priority=0, **extra):
    t = {"id": id, "name": name, "criteria": criteria, "memberRepIds": members, "strategy": strategy, "priority": priority}
    if parent:
        t["parentId"] = parent
    if backup:
        t["backupRepId"] = backup
    t.update(extra)
    territories.append(t)


FR = ["FR"]
territory("ter-fr", "France", {"countries": FR}, ["ae-paris-3", "ae-ouest-1"], "LoadBalanced", backup="sdr-fr-1")
territory("ter-idf", "Ile-de-France", {"countries": FR, "regions": ["Ile-de-France"], "departments": ["75", "92", "93", "94", "77", "78", "91", "95"]},
          ["ae-paris-1", "ae-paris-2", "ae-paris-3", "ae-paris-full", "ae-paris-overdue", "ae-paris-cool", "ae-paris-meeting", "ae-paris-lowquota"],
          "LoadBalanced", "ter-fr", "ae-paris-4", 2)
territory("ter-paris", "Paris intra-muros", {"countries": FR, "departments": ["75"], "cities": ["Paris"], "postalPrefixes": ["75"]},
          ["ae-paris-1", "ae-paris-2"], "RoundRobin", "ter-idf", "ae-paris-3", 3)
territory("ter-sud", "Sud / PACA", {"countries": FR, "regions": ["Provence-Alpes-Cote d'Azur"], "departments": ["13", "06", "83", "84", "04", "05"]},
          ["ae-sud-1", "ae-sud-2"], "RoundRobin", "ter-fr", "ae-paris-3", 2)
territory("ter-ara", "Auvergne-Rhone-Alpes", {"countries": FR, "regions": ["Auvergne-Rhone-Alpes"], "departments": ["69", "38", "42", "73", "74", "63", "01"]},
          ["ae-ara-1", "ae-ara-2"], "Weighted", "ter-fr", "ae-sud-1", 2)
territory("ter-corse", "Corse", {"countries": FR, "regions": ["Corse"], "departments": ["2A", "2B"]}, ["ae-corse-1"], "Single", "ter-fr", "ae-sud-2", 2)
territory("ter-hdf", "Hauts-de-France", {"countries": FR, "regions": ["Hauts-de-France"], "departments": ["59", "62", "80", "60", "02"]}, ["ae-nord-1"], "Single", "ter-fr", "ae-paris-3", 2)
territory("ter-ouest", "Grand Ouest", {"countries": FR, "regions": ["Bretagne", "Pays de la Loire", "Nouvelle-Aquitaine"], "departments": ["35", "29", "44", "33"]},
          ["ae-ouest-1"], "Single", "ter-fr", "ae-paris-3", 2)
territory("ter-est", "Grand Est", {"countries": FR, "regions": ["Grand Est"], "departments": ["67", "68", "57", "54"]}, ["ae-nord-1", "ae-dach-1"], "RoundRobin", "ter-fr", "ae-nord-1", 2)
territory("ter-occitanie", "Occitanie", {"countries": FR, "regions": ["Occitanie"], "departments": ["31", "34", "30", "66"]}, ["ae-sud-1"], "Single", "ter-fr", "ae-sud-2", 2)
# Verticals and hybrids.
territory("ter-health-fr", "Healthcare France", {"countries": FR, "industries": ["healthcare"]}, ["ae-paris-1", "ae-ara-2", "ae-paris-meeting"], "RepScore", backup="spec-health-1", priority=4)
territory("ter-ent-health-west", "Enterprise Healthcare West", {"countries": FR, "regions": ["Ile-de-France"], "industries": ["healthcare"], "segment": "Enterprise"},
          ["spec-health-1", "ae-paris-1"], "RepScore", "ter-health-fr", "am-fr-2", 6)
territory("ter-finserv-emea", "Financial Services EMEA", {"countries": ["FR", "GB", "DE", "BE", "LU", "CH"], "industries": ["financial services"]},
          ["ae-paris-4", "ae-paris-vacation", "ae-uk-1"], "Weighted", backup="spec-fin-1", priority=4)
territory("ter-manuf-fr", "Manufacturing France", {"countries": FR, "industries": ["manufacturing"]}, ["ae-sud-1", "ae-ara-1", "ae-nord-1"], "LoadBalanced", backup="am-fr-1", priority=3)
territory("ter-tech-fr", "Technology France", {"countries": FR, "industries": ["technology"]}, ["ae-paris-2", "ae-sud-2", "ae-paris-lowquota"], "Weighted", backup="sdr-fr-2", priority=3)
territory("ter-general-fr", "General France", {"countries": FR, "industries": ["general"]}, ["ae-paris-3", "ae-corse-1"], "RoundRobin", backup="sdr-fr-1", priority=1)
territory("ter-ent-fr", "Enterprise France", {"countries": FR, "segment": "Enterprise"}, ["ae-paris-1", "ae-paris-4", "ae-sud-2"], "RepScore", backup="am-fr-1", priority=2)
territory("ter-mm-fr", "Mid-market France", {"countries": FR, "segment": "MidMarket"}, ["ae-paris-2", "ae-ara-1"], "LoadBalanced", backup="ae-paris-3", priority=1)
territory("ter-smb-fr", "SMB France", {"countries": FR, "maxEmployees": 49}, ["sdr-fr-1", "sdr-fr-2", "sdr-fr-3"], "RoundRobin", backup="ae-paris-3", priority=1)
# US / EMEA slices.
territory("ter-us", "United States", {"countries": ["US"]}, ["sdr-us-1"], "Single", backup="ae-us-east-2")
territory("ter-us-east", "US East", {"countries": ["US"], "departments": ["NY", "NJ", "MA", "PA", "CT", "FL", "GA", "VA"]}, ["ae-us-east-1", "ae-us-east-2"], "RoundRobin", "ter-us", "sdr-us-1", 2)
territory("ter-us-west", "US West", {"countries": ["US"], "departments": ["CA", "WA", "OR", "NV", "AZ"]}, ["ae-us-west-1", "ae-us-west-2"], "RoundRobin", "ter-us", "sdr-us-1", 2)
territory("ter-us-health", "US Healthcare", {"countries": ["US"], "industries": ["healthcare"]}, ["ae-us-east-2"], "Single", "ter-us", "ae-us-east-1", 4)
territory("ter-uki", "UK & Ireland", {"countries": ["GB", "IE"]}, ["ae-uk-1", "ae-uk-2"], "RoundRobin", backup="ae-uk-2")
territory("ter-dach", "DACH", {"countries": ["DE", "AT", "CH"]}, ["ae-dach-1", "ae-dach-2"], "LoadBalanced", backup="ae-dach-2")
territory("ter-benelux", "Benelux", {"countries": ["BE", "NL", "LU"]}, ["ae-uk-2", "ae-paris-2"], "RoundRobin", backup="ae-uk-2")
territory("ter-nordics", "Nordics", {"countries": ["SE", "NO", "DK", "FI"]}, ["pm-emea-1"], "Single", backup="ae-dach-2")
territory("ter-pool", "Default pool", {}, ["sdr-fr-1", "sdr-fr-2", "sdr-us-1"], "LoadBalanced", priority=-100, isDefaultPool=True, queueName="default-pool")
territory("ter-escalation", "Escalation queue", {}, [], "Single", priority=-200, isEscalationQueue=True, queueName="escalation")


def account(id, name, **fields):
    a = {"id": id, "name": name}
    a.update(fields)
    accounts.append(a)


# Scenario accounts (ids are stable: tests and docs refer to them).
# Office networks use the documentation ranges (RFC 5737, RFC 3849); Acme Sud's sits inside Acme's.
account("acc-acme", "Acme Corp", domains=["acmecorp.com", "acme.com", "acmecorp.net"], aliases=["Acme", "ACME Corporation"],
        ipRanges=["203.0.113.0/24", "2001:db8:acce::/48"], status="Customer", ownerId="ae-sud-1", contractValue=42000, accountManagerId="am-fr-1", employeeCount=800,
        industry="manufacturing", country="FR")
account("acc-acme-sud", "Acme Sud", domains=["acme-sud.fr"], ipRanges=["203.0.113.192/26"], parentAccountId="acc-acme", status="Customer",
        ownerId="ae-sud-2", contractValue=8000, employeeCount=120, industry="manufacturing", country="FR")
account("acc-globex", "Globex Pharma", domains=["globex-pharma.com"], status="Customer", strategic=True,
        strategicOwnerId="ae-paris-1", ownerId="ae-paris-2", accountManagerId="am-fr-2", contractValue=950000,
        employeeCount=12000, industry="healthcare", country="FR")
account("acc-globex-fr", "Globex Pharma France", domains=["globex.fr"], parentAccountId="acc-globex", status="Customer",
        ownerId="ae-paris-2", contractValue=60000, employeeCount=900, industry="healthcare", country="FR")
account("acc-initech", "Initech SAS", domains=["initech.fr"], ipRanges=["198.51.100.0/24", "2001:db8:1::/48"], status="Customer", ownerId="ae-paris-2",
        accountManagerId="am-fr-1", contractValue=120000, employeeCount=450, industry="technology", country="FR")
account("acc-hooli", "Hooli France", domains=["hooli.fr"], status="Customer", ownerId="ae-paris-3",
        accountManagerId="am-fr-1", contractValue=30000, employeeCount=60, industry="technology", country="FR")
account("acc-umbrella", "Umbrella Santé", domains=["umbrella-sante.fr"], status="Prospect", ownerId=None,
        employeeCount=300, industry="healthcare", country="FR")
account("acc-vandelay", "Vandelay Industries", domains=["vandelay.fr"], status="Prospect", employeeCount=250,
        industry="manufacturing", country="FR")
account("acc-churn-recent", "Stark Logistique", domains=["stark-logistique.fr"], status="Churned", churnedOn="2026-08-15",
        ownerId="ae-ara-1", employeeCount=180, industry="general", country="FR")
account("acc-churn-old", "Wayne Textile", domains=["wayne-textile.fr"], status="Churned", churnedOn="2025-06-01",
        ownerId="ae-nord-1", employeeCount=75, industry="manufacturing", country="FR")
account("acc-churn-mid", "Tyrell Conseil", domains=["tyrell-conseil.fr"], status="Churned", churnedOn="2026-02-01",
        ownerId="ae-departed-nosucc", employeeCount=40, industry="general", country="FR")
account("acc-competitor", "Rivalsoft", domains=["rivalsoft.com"], status="Prospect", competitor=True, industry="technology", country="FR")
account("acc-partner", "Cyberdyne Partners", domains=["cyberdyne.fr"], status="Customer", ownerId="ae-paris-2",
        partnerManagerId="pm-fr-1", contractValue=25000, employeeCount=90, industry="technology", country="FR")
account("acc-ibm", "International Business Machines", domains=["ibm.com"], aliases=["IBM", "Big Blue"], status="Prospect",
        namedAccountOwnerId="ae-paris-4", employeeCount=280000, industry="technology", country="US")
account("acc-microsoft", "Microsoft", domains=["microsoft.com"], status="Prospect", ownerId="ae-us-west-1",
        employeeCount=220000, industry="technology", country="US")
account("acc-departed-owner", "Soylent Alimentaire", domains=["soylent.fr"], status="Customer", ownerId="ae-departed",
        contractValue=15000, employeeCount=200, industry="manufacturing", country="FR")
account("acc-vacation-owner", "Banque Lumière", domains=["banque-lumiere.fr"], status="Customer", ownerId="ae-paris-vacation",
        accountManagerId="am-fr-1", contractValue=45000, employeeCount=2500, industry="financial services", country="FR")
account("acc-enterprise-bank", "Crédit Horizon", domains=["credit-horizon.fr"], status="Customer", ownerId="ae-paris-4",
        accountManagerId="am-fr-1", contractValue=48000, employeeCount=5200, industry="financial services", country="FR")
account("acc-busy", "Massive Dynamic", domains=["massive-dynamic.com"], status="Prospect", ownerId="ae-uk-1",
        employeeCount=3000, industry="technology", country="GB")
account("acc-named", "Oscorp Europe", domains=["oscorp.eu"], status="Prospect", namedAccountOwnerId="ae-dach-1",
        employeeCount=1500, industry="manufacturing", country="DE")
account("acc-closed-lost", "Pied Piper", domains=["piedpiper.com"], status="Prospect", employeeCount=35,
        industry="technology", country="US")

# Filler accounts: varied names, countries, industries, sizes.
stems = ["Alpine", "Bleu", "Cobalt", "Delta", "Étoile", "Fjord", "Granit", "Horizon", "Iris", "Jade", "Kairos", "Lumen",
         "Mistral", "Nova", "Orion", "Pyrène", "Quartz", "Rhône", "Sirius", "Tempo", "Ubiq", "Vega", "Zénith", "Atlas"]
sectors = [("Santé", "healthcare"), ("Finance", "financial services"), ("Industrie", "manufacturing"), ("Logiciels", "technology"),
           ("Services", "general"), ("Medical", "healthcare"), ("Capital", "financial services"), ("Robotics", "manufacturing"),
           ("Data", "technology")]
legal = {"FR": ["SAS", "SA", "SARL"], "DE": ["GmbH", "AG"], "GB": ["Ltd", "PLC"], "US": ["Inc", "LLC", "Corp"], "BE": ["SA", "BV"],
         "NL": ["BV"], "CH": ["AG", "SA"], "SE": ["AB"]}
tlds = {"FR": "fr", "DE": "de", "GB": "co.uk", "US": "com", "BE": "be", "NL": "nl", "CH": "ch", "SE": "se"}
countries = ["FR"] * 10 + ["US"] * 3 + ["GB"] * 2 + ["DE"] * 2 + ["BE", "NL", "CH", "SE"]
used = set()
owners = [r["id"] for r in reps if r["role"] in ("AccountExecutive", "AccountManager") and not r.get("departed")]
n = 0
while len(accounts) < 200:
    stem, (word, industry) = rng.choice(stems), rng.choice(sectors)
    if (stem, word) in used:
        continue
    used.add((stem, word))
    n += 1
    country = rng.choice(countries)
    status = rng.choice(["Prospect", "Prospect", "Customer"])
    slug = (stem + word).lower().translate(str.maketrans("éèêàç", "eeeac"))
    a = {"domains": [f"{slug}.{tlds[country]}"], "status": status, "employeeCount": rng.choice([8, 25, 45, 120, 300, 480, 650, 1500, 8000]),
         "industry": industry, "country": country}
    if rng.random() < 0.7:
        a["ownerId"] = rng.choice(owners)
    if status == "Customer":
        a["ownerId"] = a.get("ownerId", rng.choice(owners))
        a["contractValue"] = rng.choice([5000, 12000, 35000, 50000, 65000, 180000])
        a["accountManagerId"] = rng.choice(["am-fr-1", "am-fr-2"])
    account(f"acc-{n:03d}", f"{stem} {word} {rng.choice(legal[country])}", **a)

# Added after the fillers, so that their numbers and the opportunities drawn among them stay as they were.
# A customer we sourced ourselves with a partner involved: its leads go to its owner and the partner manager is told.
account("acc-partner-direct", "Tessier-Ashpool Robotique", domains=["tessier-ashpool.fr"], status="Customer", ownerId="ae-sud-2",
        partnerManagerId="pm-fr-1", partnerSourcing="Direct", contractValue=30000, employeeCount=150, industry="technology", country="FR")

# Opportunities.
opportunities.append({"id": "opp-vandelay", "accountId": "acc-vandelay", "ownerId": "ae-ara-1", "status": "Open", "amount": 38000})
opportunities.append({"id": "opp-initech-upsell", "accountId": "acc-initech", "ownerId": "ae-paris-2", "status": "ClosedWon", "amount": 60000})
opportunities.append({"id": "opp-microsoft", "accountId": "acc-microsoft", "ownerId": "ae-us-west-1", "status": "Open", "amount": 250000})
for i, a in enumerate(accounts[21:60]):
    if a.get("ownerId") and i % 3 == 0:
        opportunities.append({"id": f"opp-{i:03d}", "accountId": a["id"], "ownerId": a["ownerId"],
                              "status": rng.choice(["Open", "ClosedWon", "ClosedLost"]), "amount": rng.choice([8000, 22000, 75000])})

# Previous leads: a closed-lost lead, a burst of activity on one account, leads on an unknown corporate domain.
leads.append({"id": "lead-closed-lost", "accountId": "acc-closed-lost", "domain": "piedpiper.com", "ownerId": "ae-us-west-2",
              "outcome": "ClosedLost", "receivedAt": "2026-05-12T15:20:00-07:00"})
leads.append({"id": "lead-converted", "accountId": "acc-initech", "domain": "initech.fr", "ownerId": "ae-paris-2",
              "outcome": "Converted", "receivedAt": "2025-03-03T10:00:00+01:00"})
for i, minute in enumerate([5, 40]):
    leads.append({"id": f"lead-burst-{i + 1}", "accountId": "acc-umbrella", "domain": "umbrella-sante.fr", "ownerId": "ae-paris-1",
                  "outcome": "Open", "receivedAt": f"2026-11-23T09:{minute:02d}:00+01:00"})
for i in range(2):
    leads.append({"id": f"lead-unknown-{i + 1}", "domain": "novacorp-industries.io", "ownerId": "ae-paris-3",
                  "outcome": "Open", "receivedAt": f"2026-11-22T1{i}:00:00+01:00"})

dataset = {
    "formatVersion": 1,
    "policy": {},
    "reps": reps,
    "territories": territories,
    "accounts": [{k: v for k, v in a.items() if v is not None} for a in accounts],
    "opportunities": opportunities,
    "previousLeads": leads,
}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "demo-dataset.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(dataset, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"{out}: {len(reps)} reps, {len(territories)} territories, {len(accounts)} accounts, "
      f"{len(opportunities)} opportunities, {len(leads)} previous leads")

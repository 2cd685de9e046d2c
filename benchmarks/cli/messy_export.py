#!/usr/bin/env python3
"""Writes a messy ticket-lines export, as box-office systems write them: UTF-8 with a byte-order
mark, CRLF line ends, a decimal dot with a comma between thousands, buyers' names, e-mails and
phones (never read), titles on two lines, and about 1 % of rows that must be refused (a date that
does not exist, an empty price, an e-mail address in the hall's name).

    messy_export.py ROWS OUT.csv [SEED]
"""
import random
import sys

rows, out = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 15)
shows = [("Le Misanthrope", "Théâtre"), ("Giselle", "Danse"), ("Carmen", "Opéra"),
         ("Pierre et le loup", "Musique"), ('Le "Cirque" éphémère\nversion longue', "Cirque")]
tariffs = [("Plein tarif", 32.0), ("Tarif réduit", 22.5), ("Abonné", 25.0), ("Invitation", 0.0),
           ("Pass Culture", 10.0), ("Groupe scolaire", 8.0), ("Carré or", 1250.0)]
performances = 400
perf = []
for p in range(performances):
    day = 1 + p % 28
    month = 1 + (p // 28) % 12
    title, genre = shows[p % len(shows)]
    perf.append((f"BENCH-{p:04d}", title, genre, f"{day:02d}/{month:02d}/2024", "20h30", 800))


def price(v):
    whole, cents = divmod(round(v * 100), 100)
    return f"{whole:,}.{cents:02d}"


def cell(v):
    v = str(v)
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ';"\n') else v


with open(out, "w", encoding="utf-8-sig", newline="") as f:
    f.write("N° billet;Séance;Spectacle;Genre;Date séance;Heure;Salle;Jauge;Tarif;Qté;Prix unitaire;"
            "N° client;Nom;E-mail;Téléphone;Code postal;Date de naissance\r\n")
    for i in range(rows):
        code, title, genre, date, hour, capacity = perf[i % performances]
        tariff, unit = tariffs[rnd.randrange(len(tariffs) - 1)] if rnd.random() > 0.002 else tariffs[-1]
        hall = "Grande salle"
        unit_text = price(unit)
        r = rnd.random()
        if r < 0.004:
            date = "31/02/2024"
        elif r < 0.007:
            unit_text = ""
        elif r < 0.01:
            hall = "Salle contact@theatre.fr"
        client = f"C{rnd.randrange(12000):05d}"
        postcode = f"{rnd.choice(['59', '62', '75', '80', '02', '60']) }{rnd.randrange(1000):03d}"
        birth = f"{1 + rnd.randrange(28):02d}/{1 + rnd.randrange(12):02d}/{1940 + rnd.randrange(70)}"
        f.write(";".join(cell(v) for v in [
            f"B{i:07d}", code, title, genre, date, hour, hall, capacity, tariff, 1 + (rnd.random() < 0.2),
            unit_text, client, f"Nom{i % 997}", f"client{i}@example.org", f"06 12 34 {i % 100:02d} 00",
            postcode, birth]) + "\r\n")

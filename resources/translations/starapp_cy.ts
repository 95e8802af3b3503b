<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name></name>
    <message>
        <source>The person</source>
        <translation>Y person</translation>
    </message>
    <message>
        <source>The worker</source>
        <translation>Y gweithiwr</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Rhywun arall</translation>
    </message>
    <message>
        <source>Overdue (open)</source>
        <translation>Yn hwyr (ar agor)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Wedi&apos;i ollwng</translation>
    </message>
    <message>
        <source>Something went wrong and the last action did not finish. Your saved readings are safe. If it happens again, restart starapp and tell your support contact; the details are in the log file.</source>
        <translation>Aeth rhywbeth o&apos;i le ac ni orffennodd y weithred ddiwethaf. Mae eich darlleniadau sydd wedi&apos;u cadw yn ddiogel. Os bydd yn digwydd eto, ailgychwynnwch starapp a rhowch wybod i&apos;ch cyswllt cymorth; mae&apos;r manylion yn y ffeil log.</translation>
    </message>
    <message>
        <source>starapp</source>
        <translation>starapp</translation>
    </message>
    <message>
        <source>starapp cannot start</source>
        <translation>Ni all starapp gychwyn</translation>
    </message>
    <message>
        <source>starapp cannot open the data file</source>
        <translation>Ni all starapp agor y ffeil ddata</translation>
    </message>
    <message>
        <source>{lo} to {hi}</source>
        <translation>{lo} i {hi}</translation>
    </message>
    <message>
        <source>A star reading on paper. For each area, talk it through, then mark the point on its line that fits best ({scale}; the wording for every point is on the next pages). Write n/a where an area does not apply to you. The worker types the reading in later as a new reading with this date.</source>
        <translation>Darlleniad seren ar bapur. Ar gyfer pob maes, siaradwch amdano, yna marciwch y pwynt ar ei linell sy&apos;n gweddu orau ({scale}; mae geiriad pob pwynt ar y tudalennau nesaf). Ysgrifennwch amh. lle nad yw maes yn berthnasol i chi. Bydd y gweithiwr yn teipio&apos;r darlleniad yn nes ymlaen fel darlleniad newydd gyda&apos;r dyddiad hwn.</translation>
    </message>
    <message>
        <source>Name or reference:</source>
        <translation>Enw neu gyfeirnod:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dyddiad:</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>Gweithiwr:</translation>
    </message>
    <message>
        <source>Done together?  Yes  /  Worker only</source>
        <translation>Gyda&apos;ch gilydd?  Do  /  Y gweithiwr yn unig</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Sgorau</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Agreed score ({scale}) or n/a</source>
        <translation>Sgôr y cytunwyd arni ({scale}) neu amh.</translation>
    </message>
    <message>
        <source>Their own score, if different</source>
        <translation>Eu sgôr eu hunain, os yw&apos;n wahanol</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source> (n/a allowed)</source>
        <translation> (caniateir amh.)</translation>
    </message>
    <message>
        <source>The stages</source>
        <translation>Y cyfnodau</translation>
    </message>
    <message>
        <source>What each point means</source>
        <translation>Beth mae pob pwynt yn ei olygu</translation>
    </message>
    <message>
        <source>Blank star: {name}</source>
        <translation>Seren wag: {name}</translation>
    </message>
    <message>
        <source>Strengths-based outcome readings drawn as a star, kept on this computer and shared with your organisation when you are online.</source>
        <translation>Darlleniadau canlyniadau ar sail cryfderau wedi&apos;u darlunio fel seren, wedi&apos;u cadw ar y cyfrifiadur hwn a&apos;u rhannu â&apos;ch sefydliad pan fyddwch ar-lein.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence: you may use, copy, change and share it. It comes with no warranty.</source>
        <translation>Meddalwedd rydd o dan drwydded MIT: cewch ei defnyddio, ei chopïo, ei newid a&apos;i rhannu. Nid oes unrhyw warant gyda hi.</translation>
    </message>
    <message>
        <source>Built with Qt {qt} (PySide6 {pyside}) and Python {python}{frozen}.</source>
        <translation>Wedi&apos;i adeiladu gyda Qt {qt} (PySide6 {pyside}) a Python {python}{frozen}.</translation>
    </message>
    <message>
        <source>, self-contained</source>
        <translation>, hunangynhwysol</translation>
    </message>
    <message>
        <source>About starapp</source>
        <translation>Ynghylch starapp</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Ddim yn berthnasol</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Heb sgôr</translation>
    </message>
    <message>
        <source>{score} of {max}</source>
        <translation>{score} o {max}</translation>
    </message>
    <message>
        <source>Up {n}</source>
        <translation>I fyny {n}</translation>
    </message>
    <message>
        <source>Down {n}</source>
        <translation>I lawr {n}</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Yr un fath</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Your worker</source>
        <translation>Eich gweithiwr</translation>
    </message>
    <message>
        <source>Not done yet — date passed</source>
        <translation>Heb ei wneud eto — mae&apos;r dyddiad wedi mynd heibio</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>I&apos;w wneud</translation>
    </message>
    <message>
        <source>Now ({date})</source>
        <translation>Nawr ({date})</translation>
    </message>
    <message>
        <source>Start ({date})</source>
        <translation>Dechrau ({date})</translation>
    </message>
    <message>
        <source>{name} · {service} · made on {date}</source>
        <translation>{name} · {service} · gwnaed ar {date}</translation>
    </message>
    <message>
        <source>Each line from the middle of the star is one part of your life. The further out the point, the better things are going. The solid line with round dots is where you are now ({now}). The dashed line with square dots is where you started ({start}).</source>
        <translation>Mae pob llinell o ganol y seren yn un rhan o&apos;ch bywyd. Po bellaf allan yw&apos;r pwynt, gorau i gyd mae pethau&apos;n mynd. Y llinell solet gyda dotiau crwn yw lle rydych chi nawr ({now}). Y llinell doredig gyda dotiau sgwâr yw lle dechreuoch chi ({start}).</translation>
    </message>
    <message>
        <source>Each line from the middle of the star is one part of your life. The further out the point, the better things are going. The line with round dots is where you are now ({now}).</source>
        <translation>Mae pob llinell o ganol y seren yn un rhan o&apos;ch bywyd. Po bellaf allan yw&apos;r pwynt, gorau i gyd mae pethau&apos;n mynd. Y llinell gyda dotiau crwn yw lle rydych chi nawr ({now}).</translation>
    </message>
    <message>
        <source>What the stages mean</source>
        <translation>Beth mae&apos;r cyfnodau&apos;n ei olygu</translation>
    </message>
    <message>
        <source>Where you are in each area</source>
        <translation>Ble rydych chi ym mhob maes</translation>
    </message>
    <message>
        <source>Our next steps</source>
        <translation>Ein camau nesaf</translation>
    </message>
    <message>
        <source>No next steps written down yet.</source>
        <translation>Nid oes camau nesaf wedi&apos;u hysgrifennu eto.</translation>
    </message>
    <message>
        <source>From {service}. This page has personal information about you: keep it somewhere safe.</source>
        <translation>Gan {service}. Mae gwybodaeth bersonol amdanoch ar y dudalen hon: cadwch hi yn rhywle diogel.</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Ar y dechrau</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Stage now</source>
        <translation>Cyfnod nawr</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>Done?</source>
        <translation>Wedi&apos;i wneud?</translation>
    </message>
    <message>
        <source>My star</source>
        <translation>Fy seren</translation>
    </message>
    <message>
        <source>First reading</source>
        <translation>Darlleniad cyntaf</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Exit (last reading)</source>
        <translation>Gadael (darlleniad olaf)</translation>
    </message>
    <message>
        <source>Worker and person together</source>
        <translation>Y gweithiwr a&apos;r person gyda&apos;i gilydd</translation>
    </message>
    <message>
        <source>Worker only</source>
        <translation>Y gweithiwr yn unig</translation>
    </message>
    <message>
        <source>this service</source>
        <translation>y gwasanaeth hwn</translation>
    </message>
    <message>
        <source>points {a} to {b}</source>
        <translation>pwyntiau {a} i {b}</translation>
    </message>
    <message>
        <source>point {a}</source>
        <translation>pwynt {a}</translation>
    </message>
    <message>
        <source>Print a blank star</source>
        <translation>Argraffu seren wag</translation>
    </message>
    <message>
        <source>A page for {name} to keep: their star with the first and latest readings, each area and its stage in words, and the next steps agreed.</source>
        <translation>Tudalen i {name} ei chadw: eu seren gyda&apos;r darlleniadau cyntaf a diweddaraf, pob maes a&apos;i gyfnod mewn geiriau, a&apos;r camau nesaf y cytunwyd arnynt.</translation>
    </message>
    <message>
        <source>my-star-{ref}.pdf</source>
        <translation>fy-seren-{ref}.pdf</translation>
    </message>
    <message>
        <source>Amended on {date}: {reason}</source>
        <translation>Diwygiwyd ar {date}: {reason}</translation>
    </message>
    <message>
        <source>A later amendment replaces this version of the reading.</source>
        <translation>Mae diwygiad diweddarach yn disodli&apos;r fersiwn hon o&apos;r darlleniad.</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>amherthnasol</translation>
    </message>
    <message>
        <source>These areas have no score and are not marked not applicable:

{names}

Finish the reading anyway? It cannot be changed afterwards except by an amendment.</source>
        <translation>Nid oes sgôr gan y meysydd hyn ac nid ydynt wedi&apos;u marcio&apos;n amherthnasol:

{names}

Gorffen y darlleniad beth bynnag? Ni ellir ei newid wedyn heblaw drwy ddiwygiad.</translation>
    </message>
    <message>
        <source>Some areas are not scored</source>
        <translation>Nid oes sgôr gan rai meysydd</translation>
    </message>
    <message>
        <source>&amp;Finish anyway</source>
        <translation>&amp;Gorffen beth bynnag</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Mynd yn ôl</translation>
    </message>
    <message>
        <source>Delete this draft reading and everything scored in it? This cannot be undone.</source>
        <translation>Dileu&apos;r darlleniad drafft hwn a phopeth a sgoriwyd ynddo? Ni ellir dadwneud hyn.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Taflu&apos;r drafft</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Taflu&apos;r drafft</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Ei gadw</translation>
    </message>
    <message>
        <source>You have changed this reading but not saved the amendment. Leave without saving?</source>
        <translation>Rydych wedi newid y darlleniad hwn ond heb gadw&apos;r diwygiad. Gadael heb gadw?</translation>
    </message>
    <message>
        <source>Amendment not saved</source>
        <translation>Diwygiad heb ei gadw</translation>
    </message>
    <message>
        <source>&amp;Leave without saving</source>
        <translation>&amp;Gadael heb gadw</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Aros</translation>
    </message>
    <message>
        <source>Reading editor</source>
        <translation>Golygydd darlleniadau</translation>
    </message>
    <message>
        <source>The reading editor is not part of this version of starapp yet.</source>
        <translation>Nid yw&apos;r golygydd darlleniadau yn rhan o&apos;r fersiwn hon o starapp eto.</translation>
    </message>
    <message>
        <source>New reading</source>
        <translation>Darlleniad newydd</translation>
    </message>
    <message>
        <source>Which star should this reading use?</source>
        <translation>Pa seren ddylai&apos;r darlleniad hwn ei defnyddio?</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Tudalen {n}</translation>
    </message>
    <message>
        <source>People compared</source>
        <translation>Pobl a gymharwyd</translation>
    </message>
    <message>
        <source>Mean first</source>
        <translation>Cymedr cyntaf</translation>
    </message>
    <message>
        <source>Mean latest</source>
        <translation>Cymedr diweddaraf</translation>
    </message>
    <message>
        <source>Up a point</source>
        <translation>I fyny pwynt</translation>
    </message>
    <message>
        <source>Up a stage</source>
        <translation>I fyny cyfnod</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>Arhosodd yr un fath</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>Mean first and latest score per area</source>
        <translation>Sgôr gymedrig gyntaf a diweddaraf fesul maes</translation>
    </message>
    <message>
        <source>Latest reading</source>
        <translation>Darlleniad diweddaraf</translation>
    </message>
    <message>
        <source>Stage snapshot: share of people in each stage</source>
        <translation>Cipolwg ar y cyfnodau: cyfran y bobl ym mhob cyfnod</translation>
    </message>
    <message>
        <source>first</source>
        <translation>cyntaf</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>diweddaraf</translation>
    </message>
    <message>
        <source>no scores</source>
        <translation>dim sgorau</translation>
    </message>
    <message>
        <source>Movement between stages, all areas</source>
        <translation>Symud rhwng cyfnodau, pob maes</translation>
    </message>
    <message>
        <source>Rows: stage at the first reading. Columns: stage at the latest reading. Each cell counts person-area comparisons.</source>
        <translation>Rhesi: y cyfnod yn y darlleniad cyntaf. Colofnau: y cyfnod yn y darlleniad diweddaraf. Mae pob cell yn cyfrif cymariaethau person-maes.</translation>
    </message>
    <message>
        <source>First \ latest</source>
        <translation>Cyntaf \ diweddaraf</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>{people} people ({multi} with two or more readings, {single} with one), {readings} readings.</source>
        <translation>Pobl: {people} ({multi} gyda dau ddarlleniad neu fwy, {single} gydag un). Darlleniadau: {readings}.</translation>
    </message>
    <message>
        <source>Time between readings: median {m} days (mean {a}); from first to latest reading: median {ms} days (mean {as_}).</source>
        <translation>Amser rhwng darlleniadau: canolrif {m} diwrnod (cymedr {a}); o&apos;r darlleniad cyntaf i&apos;r diweddaraf: canolrif {ms} diwrnod (cymedr {as_}).</translation>
    </message>
    <message>
        <source>Figures per area</source>
        <translation>Ffigurau fesul maes</translation>
    </message>
    <message>
        <source>Service report</source>
        <translation>Adroddiad y gwasanaeth</translation>
    </message>
    <message>
        <source>Made on {when}</source>
        <translation>Gwnaed ar {when}</translation>
    </message>
    <message>
        <source>Widen the filters (for example the dates or the template) to see figures.</source>
        <translation>Ehangwch yr hidlwyr (er enghraifft y dyddiadau neu&apos;r templed) i weld ffigurau.</translation>
    </message>
    <message>
        <source>{people} people and {readings} readings across {n} templates.</source>
        <translation>Pobl: {people}. Darlleniadau: {readings}. Templedi: {n}.</translation>
    </message>
    <message>
        <source>Filters used</source>
        <translation>Yr hidlwyr a ddefnyddiwyd</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Diffiniadau</translation>
    </message>
    <message>
        <source>{area}: not applicable</source>
        <translation>{area}: amherthnasol</translation>
    </message>
    <message>
        <source>{area}: not scored</source>
        <translation>{area}: heb sgôr</translation>
    </message>
    <message>
        <source>{area}: {score} of {max}, {stage}</source>
        <translation>{area}: {score} o {max}, {stage}</translation>
    </message>
    <message>
        <source>Star chart: {name}</source>
        <translation>Siart seren: {name}</translation>
    </message>
    <message>
        <source>{count} areas scored from {low} to {high}. Left and Right move between areas; Up, Down or a digit sets the score; Delete clears it.</source>
        <translation>Meysydd: {count}, wedi&apos;u sgorio o {low} i {high}. Mae Chwith a De yn symud rhwng meysydd; mae I fyny, I lawr neu ddigid yn gosod y sgôr; mae Delete yn ei chlirio.</translation>
    </message>
    <message>
        <source>{done} of {count} areas scored</source>
        <translation>{done} o {count} maes wedi&apos;u sgorio</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>amh.</translation>
    </message>
    <message>
        <source>Their own view</source>
        <translation>Eu barn eu hunain</translation>
    </message>
    <message>
        <source>Open with the recovery key?</source>
        <translation>Agor gyda&apos;r allwedd adfer?</translation>
    </message>
    <message>
        <source>{file} is not a plain starapp data file, and no key file is beside it. If it is an encrypted starapp file whose key file was lost, it can be opened with its recovery key. Try the recovery key?</source>
        <translation>Nid yw {file} yn ffeil ddata starapp blaen, ac nid oes ffeil allwedd wrth ei hochr. Os yw&apos;n ffeil starapp wedi&apos;i hamgryptio a gollodd ei ffeil allwedd, gellir ei hagor gyda&apos;i hallwedd adfer. Rhoi cynnig ar yr allwedd adfer?</translation>
    </message>
    <message>
        <source>Data file opened</source>
        <translation>Agorwyd y ffeil ddata</translation>
    </message>
    <message>
        <source>Unlocked after the lock screen</source>
        <translation>Datglowyd ar ôl i starapp gael ei gloi</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Allforiwyd y log archwilio</translation>
    </message>
    <message>
        <source>Bundles made again for a new service key</source>
        <translation>Bwndeli wedi&apos;u gwneud eto ar gyfer allwedd gwasanaeth newydd</translation>
    </message>
    <message>
        <source>Bundles from a laptop refused (lost or retired)</source>
        <translation>Gwrthodwyd bwndeli o liniadur (ar goll neu wedi&apos;i dynnu o wasanaeth)</translation>
    </message>
    <message>
        <source>Bundles from a laptop accepted again</source>
        <translation>Derbynnir bwndeli o liniadur eto</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Ychwanegwyd person</translation>
    </message>
    <message>
        <source>Person&apos;s details changed</source>
        <translation>Newidiwyd manylion y person</translation>
    </message>
    <message>
        <source>Person archived</source>
        <translation>Archifwyd y person</translation>
    </message>
    <message>
        <source>Person restored from the archive</source>
        <translation>Adferwyd y person o&apos;r archif</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Dilëwyd y person yn llwyr</translation>
    </message>
    <message>
        <source>Everything about the person exported</source>
        <translation>Allforiwyd popeth am y person</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Tynnwyd y caniatâd yn ôl</translation>
    </message>
    <message>
        <source>Reading started</source>
        <translation>Dechreuwyd darlleniad</translation>
    </message>
    <message>
        <source>Score changed</source>
        <translation>Newidiwyd sgôr</translation>
    </message>
    <message>
        <source>Person&apos;s own score changed</source>
        <translation>Newidiwyd sgôr y person ei hun</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Newidiwyd nodyn</translation>
    </message>
    <message>
        <source>Reading details changed</source>
        <translation>Newidiwyd manylion y darlleniad</translation>
    </message>
    <message>
        <source>Reading finished</source>
        <translation>Gorffennwyd darlleniad</translation>
    </message>
    <message>
        <source>Draft reading discarded</source>
        <translation>Taflwyd darlleniad drafft</translation>
    </message>
    <message>
        <source>Reading corrected</source>
        <translation>Cywirwyd darlleniad</translation>
    </message>
    <message>
        <source>Action plan step added</source>
        <translation>Ychwanegwyd cam i&apos;r cynllun gweithredu</translation>
    </message>
    <message>
        <source>Action plan step changed</source>
        <translation>Newidiwyd cam yn y cynllun gweithredu</translation>
    </message>
    <message>
        <source>Action plan step deleted</source>
        <translation>Dilëwyd cam o&apos;r cynllun gweithredu</translation>
    </message>
    <message>
        <source>Sync place added</source>
        <translation>Ychwanegwyd lle cysoni</translation>
    </message>
    <message>
        <source>Sync place changed</source>
        <translation>Newidiwyd lle cysoni</translation>
    </message>
    <message>
        <source>Sync place removed</source>
        <translation>Tynnwyd lle cysoni</translation>
    </message>
    <message>
        <source>Sync conflict resolved</source>
        <translation>Datryswyd gwrthdaro cysoni</translation>
    </message>
    <message>
        <source>Changes imported from another laptop</source>
        <translation>Mewnforiwyd newidiadau o liniadur arall</translation>
    </message>
    <message>
        <source>A laptop&apos;s signing key trusted</source>
        <translation>Ymddiriedwyd yn allwedd llofnodi gliniadur</translation>
    </message>
    <message>
        <source>Star template imported</source>
        <translation>Mewnforiwyd templed seren</translation>
    </message>
    <message>
        <source>Demo people made</source>
        <translation>Gwnaed pobl enghreifftiol</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Newidiwyd</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Gliniadur</translation>
    </message>
    <message>
        <source>Service keys</source>
        <translation>Allweddi&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Darlleniad</translation>
    </message>
    <message>
        <source>Action plan step</source>
        <translation>Cam yn y cynllun gweithredu</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Ffeil ddata</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log archwilio</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Sync place</source>
        <translation>Lle cysoni</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Gwrthdaro cysoni</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>Star template</source>
        <translation>Templed seren</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Data enghreifftiol</translation>
    </message>
    <message>
        <source>Keep their details and readings</source>
        <translation>Cadw eu manylion a&apos;u darlleniadau</translation>
    </message>
    <message>
        <source>Count them in anonymised figures for the service</source>
        <translation>Eu cyfrif mewn ffigurau dienw ar gyfer y gwasanaeth</translation>
    </message>
    <message>
        <source>Contact them between meetings</source>
        <translation>Cysylltu â nhw rhwng cyfarfodydd</translation>
    </message>
    <message>
        <source>Needed before a reading when the service asks for consent first</source>
        <translation>Angen cyn darlleniad pan fydd y gwasanaeth yn gofyn am ganiatâd yn gyntaf</translation>
    </message>
    <message>
        <source>Numbers in service reports that never name them</source>
        <translation>Rhifau mewn adroddiadau gwasanaeth nad ydynt byth yn eu henwi</translation>
    </message>
    <message>
        <source>Phone calls, texts or letters between meetings</source>
        <translation>Galwadau ffôn, negeseuon testun neu lythyrau rhwng cyfarfodydd</translation>
    </message>
    <message>
        <source>Consent withdrawn on {date}</source>
        <translation>Tynnwyd y caniatâd yn ôl ar {date}</translation>
    </message>
    <message>
        <source> ({how})</source>
        <translation> ({how})</translation>
    </message>
    <message>
        <source>: {reason}</source>
        <translation>: {reason}</translation>
    </message>
    <message>
        <source>. Consent was given again on {date}.</source>
        <translation>. Rhoddwyd caniatâd eto ar {date}.</translation>
    </message>
    <message>
        <source>Consent needed first</source>
        <translation>Mae angen caniatâd yn gyntaf</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Cofnodi cania&amp;tâd…</translation>
    </message>
    <message>
        <source>Open their details to record their consent</source>
        <translation>Agor eu manylion i gofnodi eu caniatâd</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Cofnodi caniatâd</translation>
    </message>
    <message>
        <source>No reading now</source>
        <translation>Dim darlleniad nawr</translation>
    </message>
    <message>
        <source>Without the passphrase and without the recovery key, the data in this file cannot be recovered by anyone.</source>
        <translation>Heb y cyfrinymadrodd a heb yr allwedd adfer, ni all neb adfer y data yn y ffeil hon.</translation>
    </message>
    <message>
        <source>Choose a new passphrase — starapp</source>
        <translation>Dewiswch gyfrinymadrodd newydd — starapp</translation>
    </message>
    <message>
        <source>&amp;Set the new passphrase</source>
        <translation>&amp;Gosod y cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>The new passphrase is set.</source>
        <translation>Mae&apos;r cyfrinymadrodd newydd wedi&apos;i osod.</translation>
    </message>
    <message>
        <source>Choose a folder for everything about {reference}</source>
        <translation>Dewiswch ffolder ar gyfer popeth am {reference}</translation>
    </message>
    <message>
        <source>Writing everything about {reference}…</source>
        <translation>Yn ysgrifennu popeth am {reference}…</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Allforio popeth</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Wedi gorffen allforio</translation>
    </message>
    <message>
        <source>Everything held about {reference} is now in {folder}:

• {pdf} — to read or print
• {json} — the same, for computers

These files hold personal information. Give them to the person securely and delete copies you no longer need.</source>
        <translation>Mae popeth a gedwir am {reference} bellach yn {folder}:

• {pdf} — i&apos;w ddarllen neu ei argraffu
• {json} — yr un peth, ar gyfer cyfrifiaduron

Mae gwybodaeth bersonol yn y ffeiliau hyn. Rhowch nhw i&apos;r person yn ddiogel a dilëwch gopïau nad oes eu hangen arnoch mwyach.</translation>
    </message>
    <message>
        <source>{day}, {time} UTC</source>
        <translation>{day}, {time} UTC</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Held about you</source>
        <translation>Yr hyn a gedwir amdanoch</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>Key worker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Wedi&apos;i archifo</translation>
    </message>
    <message>
        <source>Record made</source>
        <translation>Cofnod wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Newidiwyd ddiwethaf</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Rhoddwyd caniatâd</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>How it was recorded</source>
        <translation>Sut y&apos;i cofnodwyd</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>At beth</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Tynnwyd yn ôl ar</translation>
    </message>
    <message>
        <source>How it was withdrawn</source>
        <translation>Sut y&apos;i tynnwyd yn ôl</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>first reading</source>
        <translation>darlleniad cyntaf</translation>
    </message>
    <message>
        <source>review</source>
        <translation>adolygiad</translation>
    </message>
    <message>
        <source>exit reading</source>
        <translation>darlleniad gadael</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>wedi&apos;i orffen</translation>
    </message>
    <message>
        <source>draft, not finished</source>
        <translation>drafft, heb ei orffen</translation>
    </message>
    <message>
        <source>Reading on {date} ({kind}, {status})</source>
        <translation>Darlleniad ar {date} ({kind}, {status})</translation>
    </message>
    <message>
        <source>you and your worker together</source>
        <translation>chi a&apos;ch gweithiwr gyda&apos;ch gilydd</translation>
    </message>
    <message>
        <source>your worker alone</source>
        <translation>eich gweithiwr ar ei ben ei hun</translation>
    </message>
    <message>
        <source>Worker: {worker}</source>
        <translation>Gweithiwr: {worker}</translation>
    </message>
    <message>
        <source>Filled in by: {who}</source>
        <translation>Wedi&apos;i lenwi gan: {who}</translation>
    </message>
    <message>
        <source>Star: {name}</source>
        <translation>Seren: {name}</translation>
    </message>
    <message>
        <source>This corrects an earlier version. Why: {reason}</source>
        <translation>Mae hwn yn cywiro fersiwn gynharach. Pam: {reason}</translation>
    </message>
    <message>
        <source>{area}: was {old}, now {new}</source>
        <translation>{area}: roedd yn {old}, bellach yn {new}</translation>
    </message>
    <message>
        <source>This version was later corrected; the correction follows.</source>
        <translation>Cywirwyd y fersiwn hon yn ddiweddarach; mae&apos;r cywiriad yn dilyn.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Your own score</source>
        <translation>Eich sgôr eich hun</translation>
    </message>
    <message>
        <source>No scores were given.</source>
        <translation>Ni roddwyd unrhyw sgorau.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>{who} · reference {reference} · from {service} · made on {date}</source>
        <translation>{who} · cyfeirnod {reference} · gan {service} · gwnaed ar {date}</translation>
    </message>
    <message>
        <source>This is a copy of everything {service} keeps about you in starapp: your details, your consent, every reading of your star with its notes, your action plan, and a list of every change made to your record. The same information is also in a computer-readable file (JSON) made at the same time.</source>
        <translation>Dyma gopi o bopeth y mae {service} yn ei gadw amdanoch yn starapp: eich manylion, eich caniatâd, pob darlleniad o&apos;ch seren gyda&apos;i nodiadau, eich cynllun gweithredu, a rhestr o bob newid a wnaed i&apos;ch cofnod. Mae&apos;r un wybodaeth hefyd mewn ffeil y gall cyfrifiadur ei darllen (JSON) a wnaed ar yr un pryd.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Eich manylion</translation>
    </message>
    <message>
        <source>Your consent</source>
        <translation>Eich caniatâd</translation>
    </message>
    <message>
        <source>Your readings</source>
        <translation>Eich darlleniadau</translation>
    </message>
    <message>
        <source>No readings have been taken.</source>
        <translation>Nid oes darlleniadau wedi&apos;u cymryd.</translation>
    </message>
    <message>
        <source>Your action plan</source>
        <translation>Eich cynllun gweithredu</translation>
    </message>
    <message>
        <source>No steps have been written down.</source>
        <translation>Nid oes camau wedi&apos;u hysgrifennu.</translation>
    </message>
    <message>
        <source>Changes made to your record</source>
        <translation>Newidiadau a wnaed i&apos;ch cofnod</translation>
    </message>
    <message>
        <source>Every time your record was added to or changed, starapp noted when and by whom (the worker&apos;s computer login).</source>
        <translation>Bob tro yr ychwanegwyd at eich cofnod neu y&apos;i newidiwyd, nododd starapp pryd a chan bwy (mewngofnod cyfrifiadur y gweithiwr).</translation>
    </message>
    <message>
        <source>From {service}. This document has personal information about you: keep it somewhere safe.</source>
        <translation>Gan {service}. Mae gwybodaeth bersonol amdanoch yn y ddogfen hon: cadwch hi yn rhywle diogel.</translation>
    </message>
    <message>
        <source>Everything we hold about you</source>
        <translation>Popeth rydym yn ei gadw amdanoch</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full, so starapp cannot save anything there. Free some space on it (empty the recycle bin, move large files away), then start starapp again. Nothing in your data has been changed.</source>
        <translation>Mae&apos;r ddisg sy&apos;n dal {folder} yn llawn, felly ni all starapp gadw dim yno. Rhyddhewch le arni (gwagiwch y bin ailgylchu, symudwch ffeiliau mawr i rywle arall), yna cychwynnwch starapp eto. Nid oes dim yn eich data wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>starapp cannot save its data in the folder {folder} ({reason}). Ask your support contact to make that folder writable, or to start starapp with a data file in a folder you can write to. Nothing has been changed.</source>
        <translation>Ni all starapp gadw ei data yn y ffolder {folder} ({reason}). Gofynnwch i&apos;ch cyswllt cymorth wneud y ffolder honno&apos;n ysgrifenadwy, neu gychwyn starapp gyda ffeil ddata mewn ffolder y gallwch ysgrifennu iddi. Nid oes dim wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>starapp cannot save its preferences in {folder} ({reason}). It works, but the window size, language and auto-lock time are forgotten when it closes. Ask your support contact to make that folder writable.</source>
        <translation>Ni all starapp gadw ei dewisiadau yn {folder} ({reason}). Mae&apos;n gweithio, ond mae maint y ffenestr, yr iaith a&apos;r amser cloi awtomatig yn cael eu hanghofio pan fydd yn cau. Gofynnwch i&apos;ch cyswllt cymorth wneud y ffolder honno&apos;n ysgrifenadwy.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} i {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>o {start}</translation>
    </message>
    <message>
        <source>up to {end}</source>
        <translation>hyd at {end}</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>pob dyddiad</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>gadael</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>pob math</translation>
    </message>
    <message>
        <source>joint readings only (worker and person together)</source>
        <translation>darlleniadau ar y cyd yn unig (y gweithiwr a&apos;r person gyda&apos;i gilydd)</translation>
    </message>
    <message>
        <source>worker-only readings only</source>
        <translation>darlleniadau gan y gweithiwr yn unig</translation>
    </message>
    <message>
        <source>all readings</source>
        <translation>pob darlleniad</translation>
    </message>
    <message>
        <source>the person&apos;s own score where one was recorded, otherwise the agreed score</source>
        <translation>sgôr y person ei hun lle cofnodwyd un, fel arall y sgôr y cytunwyd arni</translation>
    </message>
    <message>
        <source>the agreed scores</source>
        <translation>y sgorau y cytunwyd arnynt</translation>
    </message>
    <message>
        <source>only people who agreed to share anonymised figures</source>
        <translation>dim ond pobl a gytunodd i rannu ffigurau dienw</translation>
    </message>
    <message>
        <source>everyone, whether or not they agreed to share anonymised figures</source>
        <translation>pawb, p&apos;un a gytunon nhw i rannu ffigurau dienw ai peidio</translation>
    </message>
    <message>
        <source>Template: {name}</source>
        <translation>Templed: {name}</translation>
    </message>
    <message>
        <source>all templates</source>
        <translation>pob templed</translation>
    </message>
    <message>
        <source>Project: {name}</source>
        <translation>Prosiect: {name}</translation>
    </message>
    <message>
        <source>all projects</source>
        <translation>pob prosiect</translation>
    </message>
    <message>
        <source>Key worker: {name}</source>
        <translation>Gweithiwr allweddol: {name}</translation>
    </message>
    <message>
        <source>all key workers</source>
        <translation>pob gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Readings taken: {dates}</source>
        <translation>Darlleniadau a gymerwyd: {dates}</translation>
    </message>
    <message>
        <source>Reading kinds: {kinds}</source>
        <translation>Mathau o ddarlleniad: {kinds}</translation>
    </message>
    <message>
        <source>Who took part: {who}</source>
        <translation>Pwy gymerodd ran: {who}</translation>
    </message>
    <message>
        <source>Readings per person: at least {n} in the selection</source>
        <translation>Darlleniadau i bob person: o leiaf {n} yn y detholiad</translation>
    </message>
    <message>
        <source>Scores used: {scores}</source>
        <translation>Sgorau a ddefnyddiwyd: {scores}</translation>
    </message>
    <message>
        <source>People counted: {people}</source>
        <translation>Pobl a gyfrifwyd: {people}</translation>
    </message>
    <message>
        <source>Only finalised readings count; drafts never do. When a reading has been amended, only its latest amended version counts, on the date of the original reading.</source>
        <translation>Dim ond darlleniadau terfynol sy&apos;n cyfrif; nid yw drafftiau byth yn cyfrif. Pan fydd darlleniad wedi&apos;i ddiwygio, dim ond ei fersiwn ddiwygiedig ddiweddaraf sy&apos;n cyfrif, ar ddyddiad y darlleniad gwreiddiol.</translation>
    </message>
    <message>
        <source>The filters (template, project, key worker, dates, reading kind, who took part) pick readings first; &apos;at least N readings&apos; then keeps the people with that many readings left in the selection. Project and key worker are the person&apos;s current ones; archived people are included.</source>
        <translation>Mae&apos;r hidlwyr (templed, prosiect, gweithiwr allweddol, dyddiadau, math o ddarlleniad, pwy gymerodd ran) yn dewis darlleniadau yn gyntaf; yna mae &apos;o leiaf N darlleniad&apos; yn cadw&apos;r bobl sydd â chymaint â hynny o ddarlleniadau ar ôl yn y detholiad. Prosiect a gweithiwr allweddol presennol y person yw&apos;r rhain; mae pobl wedi&apos;u harchifo wedi&apos;u cynnwys.</translation>
    </message>
    <message>
        <source>A person&apos;s first reading is their earliest finalised reading in the selection and their latest reading is their most recent one (by reading date; readings on the same date are ordered by when they were recorded).</source>
        <translation>Darlleniad cyntaf person yw ei ddarlleniad terfynol cynharaf yn y detholiad a&apos;i ddarlleniad diweddaraf yw&apos;r un mwyaf diweddar (yn ôl dyddiad y darlleniad; mae darlleniadau ar yr un dyddiad wedi&apos;u trefnu yn ôl pryd y cawsant eu cofnodi).</translation>
    </message>
    <message>
        <source>Scores are compared area by area between the first and the latest reading. An area marked not applicable (n/a) or left unscored at either reading is left out of that area&apos;s comparison and of every average; n/a is counted in its own columns.</source>
        <translation>Mae sgorau&apos;n cael eu cymharu fesul maes rhwng y darlleniad cyntaf a&apos;r diweddaraf. Mae maes wedi&apos;i farcio&apos;n amherthnasol (amh.) neu heb sgôr yn y naill ddarlleniad neu&apos;r llall yn cael ei hepgor o gymhariaeth y maes hwnnw ac o bob cyfartaledd; mae amh. yn cael ei gyfrif yn ei golofnau ei hun.</translation>
    </message>
    <message>
        <source>People with only one reading in the selection appear in the stage snapshots (that one reading is both their first and their latest) but not in the change figures.</source>
        <translation>Mae pobl sydd ag un darlleniad yn unig yn y detholiad yn ymddangos yn y cipolygon ar y cyfnodau (yr un darlleniad hwnnw yw eu darlleniad cyntaf a&apos;u diweddaraf) ond nid yn ffigurau&apos;r newid.</translation>
    </message>
    <message>
        <source>Mean first score, mean latest score and change are worked out over the same people: those with at least two readings and a score in that area at both the first and the latest reading. The same people make up the movement shares and the stage-to-stage table.</source>
        <translation>Mae&apos;r sgôr gymedrig gyntaf, y sgôr gymedrig ddiweddaraf a&apos;r newid yn cael eu cyfrifo dros yr un bobl: y rhai sydd ag o leiaf dau ddarlleniad a sgôr yn y maes hwnnw yn y darlleniad cyntaf a&apos;r darlleniad diweddaraf. Yr un bobl sy&apos;n ffurfio&apos;r cyfrannau symud a&apos;r tabl o gyfnod i gyfnod.</translation>
    </message>
    <message>
        <source>Moved up at least one point: the latest score is higher than the first. Moved up a stage: the latest score is in a higher stage than the first. Stayed: the same score. Moved down: the latest score is lower. Shares are of the people compared.</source>
        <translation>Wedi symud i fyny o leiaf un pwynt: mae&apos;r sgôr ddiweddaraf yn uwch na&apos;r gyntaf. Wedi symud i fyny cyfnod: mae&apos;r sgôr ddiweddaraf mewn cyfnod uwch na&apos;r gyntaf. Arhosodd yr un fath: yr un sgôr. Wedi symud i lawr: mae&apos;r sgôr ddiweddaraf yn is. Cyfrannau o&apos;r bobl a gymharwyd yw&apos;r cyfrannau.</translation>
    </message>
    <message>
        <source>Stage snapshot: the share of people in each stage at their first reading (of those with a score in the area at their first reading) and at their latest reading (of those with a score at their latest reading).</source>
        <translation>Cipolwg ar y cyfnodau: cyfran y bobl ym mhob cyfnod yn eu darlleniad cyntaf (o&apos;r rhai â sgôr yn y maes yn eu darlleniad cyntaf) ac yn eu darlleniad diweddaraf (o&apos;r rhai â sgôr yn eu darlleniad diweddaraf).</translation>
    </message>
    <message>
        <source>Each template is reported on its own. Different versions of one template are reported together area by area; stages and area names come from the newest version in the data file.</source>
        <translation>Mae adroddiad ar wahân ar bob templed. Mae gwahanol fersiynau o un templed yn cael eu hadrodd gyda&apos;i gilydd fesul maes; daw&apos;r cyfnodau ac enwau&apos;r meysydd o&apos;r fersiwn fwyaf newydd yn y ffeil ddata.</translation>
    </message>
    <message>
        <source>&apos;All areas&apos; pools every area: each person&apos;s area counts once, so its counts and shares are of person-area comparisons, not of people.</source>
        <translation>Mae &apos;Pob maes&apos; yn cyfuno pob maes: mae maes pob person yn cyfrif unwaith, felly cymariaethau person-maes yw ei gyfrifon a&apos;i gyfrannau, nid pobl.</translation>
    </message>
    <message>
        <source>Scores are the agreed scores. When the report uses the person&apos;s own scores, an area where the person&apos;s own score was recorded counts with it instead (n/a stays n/a).</source>
        <translation>Y sgorau y cytunwyd arnynt yw&apos;r sgorau. Pan fydd yr adroddiad yn defnyddio sgorau&apos;r person ei hun, mae maes lle cofnodwyd sgôr y person ei hun yn cyfrif gyda honno yn lle hynny (mae amh. yn aros yn amh.).</translation>
    </message>
    <message>
        <source>Time between readings, for people with at least two readings in the selection: each person&apos;s average days between readings (days from their first to their latest reading divided by the number of gaps between their readings), and their days from first to latest reading; the report gives the median and the mean across people.</source>
        <translation>Amser rhwng darlleniadau, ar gyfer pobl sydd ag o leiaf dau ddarlleniad yn y detholiad: cyfartaledd dyddiau pob person rhwng darlleniadau (dyddiau o&apos;u darlleniad cyntaf i&apos;w darlleniad diweddaraf wedi&apos;u rhannu â nifer y bylchau rhwng eu darlleniadau), a&apos;u dyddiau o&apos;r darlleniad cyntaf i&apos;r diweddaraf; mae&apos;r adroddiad yn rhoi&apos;r canolrif a&apos;r cymedr ar draws pobl.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Pob maes</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templed</translation>
    </message>
    <message>
        <source>People at first reading</source>
        <translation>Pobl yn y darlleniad cyntaf</translation>
    </message>
    <message>
        <source>People at latest reading</source>
        <translation>Pobl yn y darlleniad diweddaraf</translation>
    </message>
    <message>
        <source>Mean first score</source>
        <translation>Sgôr gymedrig gyntaf</translation>
    </message>
    <message>
        <source>Mean latest score</source>
        <translation>Sgôr gymedrig ddiweddaraf</translation>
    </message>
    <message>
        <source>Moved up 1+ point</source>
        <translation>Wedi symud i fyny 1+ pwynt</translation>
    </message>
    <message>
        <source>Moved up 1+ point %</source>
        <translation>Wedi symud i fyny 1+ pwynt %</translation>
    </message>
    <message>
        <source>Moved up a stage</source>
        <translation>Wedi symud i fyny cyfnod</translation>
    </message>
    <message>
        <source>Moved up a stage %</source>
        <translation>Wedi symud i fyny cyfnod %</translation>
    </message>
    <message>
        <source>Stayed %</source>
        <translation>Arhosodd yr un fath %</translation>
    </message>
    <message>
        <source>Moved down</source>
        <translation>Wedi symud i lawr</translation>
    </message>
    <message>
        <source>Moved down %</source>
        <translation>Wedi symud i lawr %</translation>
    </message>
    <message>
        <source>Moved down a stage</source>
        <translation>Wedi symud i lawr cyfnod</translation>
    </message>
    <message>
        <source>Moved down a stage %</source>
        <translation>Wedi symud i lawr cyfnod %</translation>
    </message>
    <message>
        <source>n/a at first</source>
        <translation>amh. yn y darlleniad cyntaf</translation>
    </message>
    <message>
        <source>n/a at latest</source>
        <translation>amh. yn y darlleniad diweddaraf</translation>
    </message>
    <message>
        <source>No finalised readings match this selection, so there is nothing to report.</source>
        <translation>Nid oes darlleniadau terfynol yn cyfateb i&apos;r detholiad hwn, felly nid oes dim i adrodd arno.</translation>
    </message>
    <message>
        <source>This selection has {total} scores, more than a workbook handles well (up to {limit}), so they are not in this file; export them as CSV instead, or narrow the filters.</source>
        <translation>Mae {total} o sgorau yn y detholiad hwn, mwy nag y gall llyfr gwaith eu trin yn dda (hyd at {limit}), felly nid ydynt yn y ffeil hon; allforiwch nhw fel CSV yn lle hynny, neu culhewch yr hidlwyr.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Meysydd</translation>
    </message>
    <message>
        <source>Stage snapshot</source>
        <translation>Cipolwg ar y cyfnodau</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Symud rhwng cyfnodau</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Detholiad</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>People with two or more readings</source>
        <translation>Pobl gyda dau ddarlleniad neu fwy</translation>
    </message>
    <message>
        <source>People with one reading</source>
        <translation>Pobl gydag un darlleniad</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Darlleniadau</translation>
    </message>
    <message>
        <source>Stages and area names from template version</source>
        <translation>Cyfnodau ac enwau meysydd o fersiwn y templed</translation>
    </message>
    <message>
        <source>Days between readings: median of people&apos;s averages</source>
        <translation>Diwrnodau rhwng darlleniadau: canolrif cyfartaleddau&apos;r bobl</translation>
    </message>
    <message>
        <source>Days between readings: mean of people&apos;s averages</source>
        <translation>Diwrnodau rhwng darlleniadau: cymedr cyfartaleddau&apos;r bobl</translation>
    </message>
    <message>
        <source>Days from first to latest reading: median</source>
        <translation>Diwrnodau o&apos;r darlleniad cyntaf i&apos;r diweddaraf: canolrif</translation>
    </message>
    <message>
        <source>Days from first to latest reading: mean</source>
        <translation>Diwrnodau o&apos;r darlleniad cyntaf i&apos;r diweddaraf: cymedr</translation>
    </message>
    <message>
        <source>Share at first reading</source>
        <translation>Cyfran yn y darlleniad cyntaf</translation>
    </message>
    <message>
        <source>Share at latest reading</source>
        <translation>Cyfran yn y darlleniad diweddaraf</translation>
    </message>
    <message>
        <source>People by stage at their first reading (rows) and at their latest reading (columns); only people compared in the area.</source>
        <translation>Pobl fesul cyfnod yn eu darlleniad cyntaf (rhesi) ac yn eu darlleniad diweddaraf (colofnau); dim ond pobl a gymharwyd yn y maes.</translation>
    </message>
    <message>
        <source>Scores {n}</source>
        <translation>Sgorau {n}</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add a step</source>
        <translation>Ychwanegu cam</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Golygu cam</translation>
    </message>
    <message>
        <source>For example: ring the housing office about repairs</source>
        <translation>Er enghraifft: ffonio&apos;r swyddfa dai am waith atgyweirio</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Y person</translation>
    </message>
    <message>
        <source>The worker</source>
        <translation>Y gweithiwr</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Rhywun arall</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Enw (dewisol)</translation>
    </message>
    <message>
        <source>Name of who will do it</source>
        <translation>Enw pwy fydd yn ei wneud</translation>
    </message>
    <message>
        <source>The name of who will do it, if it helps to say</source>
        <translation>Enw pwy fydd yn ei wneud, os yw&apos;n help ei ddweud</translation>
    </message>
    <message>
        <source>Set a date:</source>
        <translation>Gosod dyddiad:</translation>
    </message>
    <message>
        <source>Date the step should be done by</source>
        <translation>Y dyddiad y dylid gwneud y cam erbyn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Wedi&apos;i ollwng</translation>
    </message>
    <message>
        <source>Not linked to a reading</source>
        <translation>Heb ei gysylltu â darlleniad</translation>
    </message>
    <message>
        <source>{date} (draft in progress)</source>
        <translation>{date} (drafft ar y gweill)</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Maes:</translation>
    </message>
    <message>
        <source>&amp;What will be done:</source>
        <translation>&amp;Beth fydd yn cael ei wneud:</translation>
    </message>
    <message>
        <source>W&amp;ho will do it:</source>
        <translation>P&amp;wy fydd yn ei wneud:</translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation>&amp;Erbyn pryd:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>Agreed at &amp;reading:</source>
        <translation>Cytunwyd arno yn y &amp;darlleniad:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>A new step starts open.</source>
        <translation>Mae cam newydd yn dechrau ar agor.</translation>
    </message>
    <message>
        <source>An earlier reading</source>
        <translation>Darlleniad cynharach</translation>
    </message>
</context>
<context>
    <name>ActionPlanModel</name>
    <message>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Beth fydd yn cael ei wneud</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Cytunwyd arno yn</translation>
    </message>
    <message>
        <source>Agreed at the reading of {date}</source>
        <translation>Cytunwyd arno yn narlleniad {date}</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Nodiadau:</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Dim dyddiad</translation>
    </message>
</context>
<context>
    <name>ActionPlanPanel</name>
    <message>
        <source>&amp;Add step…</source>
        <translation>&amp;Ychwanegu cam…</translation>
    </message>
    <message>
        <source>Ed&amp;it step…</source>
        <translation>Golyg&amp;u cam…</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Marcio wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Delete step…</source>
        <translation>Dileu cam…</translation>
    </message>
    <message>
        <source>No steps agreed yet. Add one with “Add step”.</source>
        <translation>Dim camau wedi&apos;u cytuno eto. Ychwanegwch un gydag “Ychwanegu cam”.</translation>
    </message>
    <message>
        <source>{open} open, {done} done</source>
        <translation>Ar agor: {open}, wedi&apos;u gwneud: {done}</translation>
    </message>
    <message>
        <source> · {n} overdue</source>
        <translation> · yn hwyr: {n}</translation>
    </message>
    <message>
        <source>Action p&amp;lan</source>
        <translation>Cynllun gwe&amp;ithredu</translation>
    </message>
    <message>
        <source>Action p&amp;lan · {n} overdue</source>
        <translation>Cynllun gwe&amp;ithredu · yn hwyr: {n}</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Dileu cam</translation>
    </message>
    <message>
        <source>Delete the step “{what}”? Use this for a step added by mistake; to stop working on a step, edit it and set its status to Dropped.</source>
        <translation>Dileu&apos;r cam “{what}”? Defnyddiwch hyn ar gyfer cam a ychwanegwyd trwy gamgymeriad; i roi&apos;r gorau i weithio ar gam, golygwch ef a gosod ei statws yn Wedi&apos;i ollwng.</translation>
    </message>
</context>
<context>
    <name>AreaFiguresTable</name>
    <message>
        <source>Areas</source>
        <translation>Meysydd</translation>
    </message>
    <message>
        <source>The report&apos;s figures for each area</source>
        <translation>Ffigurau&apos;r adroddiad ar gyfer pob maes</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Wedi&apos;u cymharu</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Cyntaf</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Diweddaraf</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Up 1+ pt</source>
        <translation>I fyny 1+ pwynt</translation>
    </message>
    <message>
        <source>Up stage</source>
        <translation>I fyny cyfnod</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>Arhosodd yr un fath</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>People with a score in this area at their first and latest reading</source>
        <translation>Pobl â sgôr yn y maes hwn yn eu darlleniad cyntaf a&apos;u darlleniad diweddaraf</translation>
    </message>
    <message>
        <source>Mean score at the first reading</source>
        <translation>Sgôr gymedrig yn y darlleniad cyntaf</translation>
    </message>
    <message>
        <source>Mean score at the latest reading</source>
        <translation>Sgôr gymedrig yn y darlleniad diweddaraf</translation>
    </message>
    <message>
        <source>Mean latest minus mean first</source>
        <translation>Cymedr diweddaraf llai cymedr cyntaf</translation>
    </message>
    <message>
        <source>Share who moved up at least one point</source>
        <translation>Cyfran a symudodd i fyny o leiaf un pwynt</translation>
    </message>
    <message>
        <source>Share who moved up at least one stage</source>
        <translation>Cyfran a symudodd i fyny o leiaf un cyfnod</translation>
    </message>
    <message>
        <source>Share with the same score</source>
        <translation>Cyfran â&apos;r un sgôr</translation>
    </message>
    <message>
        <source>Share who moved down at least one point</source>
        <translation>Cyfran a symudodd i lawr o leiaf un pwynt</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>erased person</source>
        <translation>person a ddilëwyd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>wedi&apos;i ddileu</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit log — starapp</source>
        <translation>Log archwilio — starapp</translation>
    </message>
    <message>
        <source>Who did what, and when. The log never holds names, notes or scores; a person is shown by their reference while they are in this file.</source>
        <translation>Pwy wnaeth beth, a phryd. Nid yw&apos;r log byth yn cadw enwau, nodiadau na sgorau; dangosir person yn ôl ei gyfeirnod tra bo yn y ffeil hon.</translation>
    </message>
    <message>
        <source>Show entries from this day on</source>
        <translation>Dangos cofnodion o&apos;r diwrnod hwn ymlaen</translation>
    </message>
    <message>
        <source>Show entries up to this day</source>
        <translation>Dangos cofnodion hyd at y diwrnod hwn</translation>
    </message>
    <message>
        <source>Only what this worker did</source>
        <translation>Dim ond yr hyn a wnaeth y gweithiwr hwn</translation>
    </message>
    <message>
        <source>Only this kind of change</source>
        <translation>Dim ond y math hwn o newid</translation>
    </message>
    <message>
        <source>Only changes to this kind of record</source>
        <translation>Dim ond newidiadau i&apos;r math hwn o gofnod</translation>
    </message>
    <message>
        <source>Any person</source>
        <translation>Unrhyw berson</translation>
    </message>
    <message>
        <source>Person&apos;s reference</source>
        <translation>Cyfeirnod y person</translation>
    </message>
    <message>
        <source>Type a reference to see only that person&apos;s record, readings and steps</source>
        <translation>Teipiwch gyfeirnod i weld cofnod, darlleniadau a chamau&apos;r person hwnnw yn unig</translation>
    </message>
    <message>
        <source>&amp;Show everything</source>
        <translation>&amp;Dangos popeth</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Clirio&apos;r hidlwyr</translation>
    </message>
    <message>
        <source>Clear every filter and show the whole log</source>
        <translation>Clirio pob hidlydd a dangos y log cyfan</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;I:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Pwy:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>&amp;Beth:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Cofnod:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>P&amp;erson:</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Cofnodion y log archwilio</translation>
    </message>
    <message>
        <source>Newest first; scroll down to load older entries</source>
        <translation>Y diweddaraf yn gyntaf; sgroliwch i lawr i lwytho cofnodion hŷn</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>Export the entries shown</source>
        <translation>Allforio&apos;r cofnodion a ddangosir</translation>
    </message>
    <message>
        <source>Save the entries matching the filters as a CSV file or an Excel workbook</source>
        <translation>Cadw&apos;r cofnodion sy&apos;n cyfateb i&apos;r hidlwyr fel ffeil CSV neu lyfr gwaith Excel</translation>
    </message>
    <message>
        <source>Close the audit log</source>
        <translation>Cau&apos;r log archwilio</translation>
    </message>
    <message>
        <source>Close the audit log (Esc)</source>
        <translation>Cau&apos;r log archwilio (Esc)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Unrhyw beth</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Unrhyw gofnod</translation>
    </message>
    <message>
        <source>No one in this file has the reference {reference}.</source>
        <translation>Nid oes gan neb yn y ffeil hon y cyfeirnod {reference}.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yn llwytho…</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>Cofnodion: {n}</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Allforio&apos;r log archwilio</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Ffeil CSV (*.csv);;Llyfr gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Yn allforio…</translation>
    </message>
    <message>
        <source>Saved {n} entries to {file}.</source>
        <translation>Cadwyd {n} cofnod yn {file}.</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Ni allforiwyd dim.</translation>
    </message>
</context>
<context>
    <name>CarriedForward</name>
    <message>
        <source>Carried forward from the action plan: {n} open step(s)</source>
        <translation>Wedi&apos;u cario ymlaen o&apos;r cynllun gweithredu: camau ar agor: {n}</translation>
    </message>
    <message>
        <source>, {n} overdue</source>
        <translation>, yn hwyr: {n}</translation>
    </message>
    <message>
        <source>, by {date}</source>
        <translation>, erbyn {date}</translation>
    </message>
    <message>
        <source> (OVERDUE)</source>
        <translation> (YN HWYR)</translation>
    </message>
    <message>
        <source>…and {n} more on the person&apos;s page.</source>
        <translation>…a {n} arall ar dudalen y person.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase — starapp</source>
        <translation>Newid y cyfrinymadrodd — starapp</translation>
    </message>
    <message>
        <source>Type the passphrase you use now, then the new one twice (at least {n} characters). The recovery key stays the same.</source>
        <translation>Teipiwch y cyfrinymadrodd rydych yn ei ddefnyddio nawr, yna&apos;r un newydd ddwywaith (o leiaf {n} nod). Mae&apos;r allwedd adfer yn aros yr un fath.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Y cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>The new passphrase again</source>
        <translation>Y cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Dangos yr hyn rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <source>Show the passphrases as plain text</source>
        <translation>Dangos y cyfrinymadroddion fel testun plaen</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Yn newid y cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Save the new passphrase</source>
        <translation>Cadw&apos;r cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Y cyfrinymadrodd &amp;presennol:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Cyfrinymadrodd ne&amp;wydd:</translation>
    </message>
    <message>
        <source>New passphrase &amp;again:</source>
        <translation>Cyfrinymadrodd newydd &amp;eto:</translation>
    </message>
    <message>
        <source>Type the passphrase you use now.</source>
        <translation>Teipiwch y cyfrinymadrodd rydych yn ei ddefnyddio nawr.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Type them again.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd newydd yr un fath. Teipiwch nhw eto.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to look at</source>
        <translation>Gwrthdaro i edrych arnynt</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>In this file (kept)</source>
        <translation>Yn y ffeil hon (wedi&apos;i gadw)</translation>
    </message>
    <message>
        <source>From the other laptop</source>
        <translation>O&apos;r gliniadur arall</translation>
    </message>
    <message>
        <source>There are no conflicts to look at.</source>
        <translation>Nid oes unrhyw wrthdaro i edrych arno.</translation>
    </message>
    <message>
        <source>&amp;Keep the version here</source>
        <translation>&amp;Cadw&apos;r fersiwn sydd yma</translation>
    </message>
    <message>
        <source>Close this conflict; the record stays as it is in this file</source>
        <translation>Cau&apos;r gwrthdaro hwn; mae&apos;r cofnod yn aros fel y mae yn y ffeil hon</translation>
    </message>
    <message>
        <source>Person {who}</source>
        <translation>Person {who}</translation>
    </message>
    <message>
        <source>Action step: {text}</source>
        <translation>Cam gweithredu: {text}</translation>
    </message>
    <message>
        <source>changed on two laptops</source>
        <translation>newidiwyd ar ddau liniadur</translation>
    </message>
    <message>
        <source>same reference as another person</source>
        <translation>yr un cyfeirnod â pherson arall</translation>
    </message>
    <message>
        <source>This record was changed on two laptops before either knew of the other&apos;s change (found on {when}). starapp kept the version already in this file and stored the other laptop&apos;s version beside it, so nothing was lost. Compare them below. If the other version is right, edit the record to match, then choose “Keep the version here” to close this conflict.</source>
        <translation>Cafodd y cofnod hwn ei newid ar ddau liniadur cyn i&apos;r naill wybod am newid y llall (canfuwyd ar {when}). Cadwodd starapp y fersiwn a oedd eisoes yn y ffeil hon a storio fersiwn y gliniadur arall wrth ei ochr, felly ni chollwyd dim. Cymharwch nhw isod. Os yw&apos;r fersiwn arall yn gywir, golygwch y cofnod i gyfateb, yna dewiswch “Cadw&apos;r fersiwn sydd yma” i gau&apos;r gwrthdaro hwn.</translation>
    </message>
    <message>
        <source>Two different people were given the same reference on different laptops (found on {when}). Both people are kept; the one that arrived last had “~” and part of its id added to its reference. Give one of them a new reference, then choose “Keep the version here” to close this conflict.</source>
        <translation>Rhoddwyd yr un cyfeirnod i ddau berson gwahanol ar liniaduron gwahanol (canfuwyd ar {when}). Mae&apos;r ddau berson yn cael eu cadw; ychwanegwyd “~” a rhan o&apos;i ddynodydd at gyfeirnod yr un a gyrhaeddodd olaf. Rhowch gyfeirnod newydd i un ohonynt, yna dewiswch “Cadw&apos;r fersiwn sydd yma” i gau&apos;r gwrthdaro hwn.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>Key worker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Rhoddwyd caniatâd</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Dyddiad y caniatâd</translation>
    </message>
    <message>
        <source>Consent method</source>
        <translation>Dull y caniatâd</translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation>Nodyn am y caniatâd</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Wedi&apos;i archifo</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Newidiwyd ddiwethaf</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Pwy sy&apos;n ei wneud</translation>
    </message>
    <message>
        <source>Name of who does it</source>
        <translation>Enw pwy sy&apos;n ei wneud</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
</context>
<context>
    <name>DistanceModel</name>
    <message>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Cyntaf</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Diweddaraf</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Stage at first</source>
        <translation>Cyfnod ar y dechrau</translation>
    </message>
    <message>
        <source>Stage at latest</source>
        <translation>Cyfnod diweddaraf</translation>
    </message>
    <message>
        <source>Moved up a stage?</source>
        <translation>Wedi symud i fyny cyfnod?</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>amh.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>heb sgôr</translation>
    </message>
    <message>
        <source>n/a — left out</source>
        <translation>amh. — wedi&apos;i hepgor</translation>
    </message>
    <message>
        <source>Only one reading</source>
        <translation>Un darlleniad yn unig</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>Heb ei gymharu</translation>
    </message>
    <message>
        <source>Yes, up a stage</source>
        <translation>Do, i fyny cyfnod</translation>
    </message>
    <message>
        <source>No, same stage</source>
        <translation>Naddo, yr un cyfnod</translation>
    </message>
    <message>
        <source>No, a lower stage</source>
        <translation>Naddo, cyfnod is</translation>
    </message>
    <message>
        <source>Average ({n} areas compared)</source>
        <translation>Cyfartaledd (meysydd a gymharwyd: {n})</translation>
    </message>
    <message>
        <source>{up} of {n} areas</source>
        <translation>{up} o {n} maes</translation>
    </message>
    <message>
        <source>Marked not applicable, so left out of the averages.</source>
        <translation>Wedi&apos;i farcio&apos;n amherthnasol, felly wedi&apos;i hepgor o&apos;r cyfartaleddau.</translation>
    </message>
    <message>
        <source>Needs a score at both the first and the latest reading.</source>
        <translation>Angen sgôr yn y darlleniad cyntaf a&apos;r darlleniad diweddaraf.</translation>
    </message>
</context>
<context>
    <name>DistanceTable</name>
    <message>
        <source>Distance travelled</source>
        <translation>Pellter a deithiwyd</translation>
    </message>
    <message>
        <source>No finished readings yet.</source>
        <translation>Dim darlleniadau wedi&apos;u gorffen eto.</translation>
    </message>
    <message>
        <source>One reading so far ({date}). The change shows once there is a second.</source>
        <translation>Un darlleniad hyd yma ({date}). Bydd y newid yn dangos pan fydd ail un.</translation>
    </message>
    <message>
        <source>From the first reading ({first}) to the latest ({latest}), {n} readings. Areas marked n/a are left out of the averages.</source>
        <translation>O&apos;r darlleniad cyntaf ({first}) i&apos;r diweddaraf ({latest}), darlleniadau: {n}. Mae meysydd wedi&apos;u marcio&apos;n amh. wedi&apos;u hepgor o&apos;r cyfartaleddau.</translation>
    </message>
</context>
<context>
    <name>DraftBanners</name>
    <message>
        <source>Draft in progress — started {date}</source>
        <translation>Drafft ar y gweill — dechreuwyd {date}</translation>
    </message>
    <message>
        <source> by {worker}</source>
        <translation> gan {worker}</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase {reference}</source>
        <translation>Dileu {reference}</translation>
    </message>
    <message>
        <source>Erase {reference} for good?</source>
        <translation>Dileu {reference} am byth?</translation>
    </message>
    <message>
        <source>Everything about this person is removed from this laptop: their details, consent, every reading with its scores and notes, and their action plan.</source>
        <translation>Mae popeth am y person hwn yn cael ei dynnu oddi ar y gliniadur hwn: eu manylion, eu caniatâd, pob darlleniad gyda&apos;i sgorau a&apos;i nodiadau, a&apos;u cynllun gweithredu.</translation>
    </message>
    <message>
        <source>The manager&apos;s copy erases them too, after the next sync.</source>
        <translation>Mae copi&apos;r rheolwr yn eu dileu hefyd, ar ôl y cysoni nesaf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ni ellir dadwneud hyn.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>If they asked for a copy of what is held about them, export it before erasing.</source>
        <translation>Os gofynnon nhw am gopi o&apos;r hyn a gedwir amdanynt, allforiwch ef cyn dileu.</translation>
    </message>
    <message>
        <source>E&amp;xport everything about them first…</source>
        <translation>&amp;Allforio popeth amdanynt yn gyntaf…</translation>
    </message>
    <message>
        <source>Export everything about them first</source>
        <translation>Allforio popeth amdanynt yn gyntaf</translation>
    </message>
    <message>
        <source>Save a PDF and a JSON file of everything held about this person</source>
        <translation>Cadw ffeil PDF a ffeil JSON o bopeth a gedwir am y person hwn</translation>
    </message>
    <message>
        <source>To confirm, type their reference &lt;b&gt;{reference}&lt;/b&gt; exactly as shown:</source>
        <translation>I gadarnhau, teipiwch eu cyfeirnod &lt;b&gt;{reference}&lt;/b&gt; yn union fel y&apos;i dangosir:</translation>
    </message>
    <message>
        <source>Type the person&apos;s reference to confirm</source>
        <translation>Teipiwch gyfeirnod y person i gadarnhau</translation>
    </message>
    <message>
        <source>The Erase button works once this matches the reference, capitals included</source>
        <translation>Mae&apos;r botwm Dileu yn gweithio pan fydd hwn yn cyfateb i&apos;r cyfeirnod, gan gynnwys priflythrennau</translation>
    </message>
    <message>
        <source>Erasing and tidying the data file. This can take a minute; please wait.</source>
        <translation>Yn dileu ac yn tacluso&apos;r ffeil ddata. Gall hyn gymryd munud; arhoswch.</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Yn dileu</translation>
    </message>
    <message>
        <source>Erasing and tidying the data file</source>
        <translation>Yn dileu ac yn tacluso&apos;r ffeil ddata</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Dileu am byth</translation>
    </message>
    <message>
        <source>Erase this person for good</source>
        <translation>Dileu&apos;r person hwn am byth</translation>
    </message>
    <message>
        <source>Type the reference above first</source>
        <translation>Teipiwch y cyfeirnod uchod yn gyntaf</translation>
    </message>
    <message>
        <source>Cancel: keep this person</source>
        <translation>Canslo: cadw&apos;r person hwn</translation>
    </message>
    <message>
        <source>Close without erasing anything (Esc)</source>
        <translation>Cau heb ddileu dim (Esc)</translation>
    </message>
    <message>
        <source>Erase everything about this person from this laptop</source>
        <translation>Dileu popeth am y person hwn oddi ar y gliniadur hwn</translation>
    </message>
    <message>
        <source>That does not match {reference} yet. Type it exactly, capitals included.</source>
        <translation>Nid yw hynny&apos;n cyfateb i {reference} eto. Teipiwch ef yn union, gan gynnwys priflythrennau.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>&apos;from&apos; is greater than &apos;to&apos;</source>
        <translation>mae &apos;from&apos; yn fwy na &apos;to&apos;</translation>
    </message>
    <message>
        <source>&apos;{area}&apos; cannot be marked not applicable.</source>
        <translation>Ni ellir marcio &apos;{area}&apos; yn amherthnasol.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of reading; use first, review or exit.</source>
        <translation>Nid yw &apos;{kind}&apos; yn fath o ddarlleniad; defnyddiwch first, review neu exit.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; use YYYY-MM-DD.</source>
        <translation>Nid yw &apos;{text}&apos; yn ddyddiad; defnyddiwch BBBB-MM-DD.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a web address. Give the full URL, like https://cloud.example.org/remote.php/dav/files/alice/starapp</source>
        <translation>Nid yw &apos;{text}&apos; yn gyfeiriad gwe. Rhowch yr URL llawn, fel https://cloud.example.org/remote.php/dav/files/alice/starapp</translation>
    </message>
    <message>
        <source>&apos;{who}&apos; is not a way of taking part; use joint or worker_only.</source>
        <translation>Nid yw &apos;{who}&apos; yn ffordd o gymryd rhan; defnyddiwch joint neu worker_only.</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(y lefel uchaf)</translation>
    </message>
    <message>
        <source>A different bundle with the same id was imported before; this one may have been altered. It was refused.</source>
        <translation>Mewnforiwyd bwndel gwahanol gyda&apos;r un dynodydd o&apos;r blaen; efallai fod hwn wedi&apos;i newid. Fe&apos;i gwrthodwyd.</translation>
    </message>
    <message>
        <source>A reading in the bundle amends a reading that neither the bundle nor this data file has. It was refused.</source>
        <translation>Mae darlleniad yn y bwndel yn diwygio darlleniad nad yw yn y bwndel nac yn y ffeil ddata hon. Fe&apos;i gwrthodwyd.</translation>
    </message>
    <message>
        <source>A reading refers to the template {template}, which neither the bundle nor this data file has. Import that template first.</source>
        <translation>Mae darlleniad yn cyfeirio at y templed {template}, nad yw yn y bwndel nac yn y ffeil ddata hon. Mewnforiwch y templed hwnnw yn gyntaf.</translation>
    </message>
    <message>
        <source>A recovery key has {expected} letters and digits in groups of four; this one has {found}. Check it against the written copy.</source>
        <translation>Mae gan allwedd adfer {expected} o lythrennau a digidau mewn grwpiau o bedwar; mae gan hon {found}. Gwiriwch hi yn erbyn y copi ysgrifenedig.</translation>
    </message>
    <message>
        <source>A reference code is required.</source>
        <translation>Mae angen cyfeirnod.</translation>
    </message>
    <message>
        <source>A score marked not applicable cannot have a value.</source>
        <translation>Ni all sgôr sydd wedi&apos;i marcio&apos;n amherthnasol fod â gwerth.</translation>
    </message>
    <message>
        <source>A target is a folder, webdav or https, not {kind}.</source>
        <translation>Rhaid i gyrchfan fod yn folder, webdav neu https, nid {kind}.</translation>
    </message>
    <message>
        <source>Bundles from the laptop {laptop} are no longer accepted: it was marked lost or retired on {date}. If it was found, accept it again in Tools &gt; Service keys (&apos;starapp keys allow {laptop}&apos;).</source>
        <translation>Nid yw bwndeli o&apos;r gliniadur {laptop} yn cael eu derbyn mwyach: cafodd ei nodi ar goll neu wedi&apos;i dynnu o wasanaeth ar {date}. Os cafwyd hyd iddo, derbyniwch ef eto yn Offer &gt; Allweddi&apos;r gwasanaeth (&apos;starapp keys allow {laptop}&apos;).</translation>
    </message>
    <message>
        <source>Choose the folder to put bundles in.</source>
        <translation>Dewiswch y ffolder i roi bwndeli ynddi.</translation>
    </message>
    <message>
        <source>Could not connect to the server (offline?).</source>
        <translation>Nid oedd modd cysylltu â&apos;r gweinydd (all-lein?).</translation>
    </message>
    <message>
        <source>Could not write to {folder} ({reason}).</source>
        <translation>Nid oedd modd ysgrifennu i {folder} ({reason}).</translation>
    </message>
    <message>
        <source>Demo data goes into a new data file; this one already holds people.</source>
        <translation>Mae data enghreifftiol yn mynd i ffeil ddata newydd; mae pobl yn y ffeil hon eisoes.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the URL; give the user with --user and the password when asked.</source>
        <translation>Peidiwch â rhoi enw defnyddiwr na chyfrinair yn yr URL; rhowch y defnyddiwr gyda --user a&apos;r cyfrinair pan ofynnir amdano.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the web address; type them in their own boxes below.</source>
        <translation>Peidiwch â rhoi enw defnyddiwr na chyfrinair yn y cyfeiriad gwe; teipiwch nhw yn eu blychau eu hunain isod.</translation>
    </message>
    <message>
        <source>Give the folder to write bundles into.</source>
        <translation>Rhowch y ffolder i ysgrifennu bwndeli iddi.</translation>
    </message>
    <message>
        <source>Give the target a name, for example “Charity cloud”.</source>
        <translation>Rhowch enw i&apos;r gyrchfan, er enghraifft “Cwmwl yr elusen”.</translation>
    </message>
    <message>
        <source>Give the target a name.</source>
        <translation>Rhowch enw i&apos;r gyrchfan.</translation>
    </message>
    <message>
        <source>Give the user name you log in to the WebDAV server with.</source>
        <translation>Rhowch yr enw defnyddiwr rydych yn mewngofnodi i&apos;r gweinydd WebDAV ag ef.</translation>
    </message>
    <message>
        <source>It contains a member path ({member}) that tries to leave the bundle&apos;s folder. It was refused; it may have been tampered with.</source>
        <translation>Mae&apos;n cynnwys llwybr ffeil ({member}) sy&apos;n ceisio gadael ffolder y bwndel. Cafodd ei wrthod; efallai fod rhywun wedi ymyrryd ag ef.</translation>
    </message>
    <message>
        <source>It contains encrypted members; starapp bundles never do.</source>
        <translation>Mae&apos;n cynnwys ffeiliau wedi&apos;u hamgryptio; nid yw bwndeli starapp byth yn gwneud hynny.</translation>
    </message>
    <message>
        <source>It has duplicate or too many members to be a starapp bundle.</source>
        <translation>Mae ganddo ffeiliau dyblyg, neu ormod o ffeiliau, i fod yn fwndel starapp.</translation>
    </message>
    <message>
        <source>It has no manifest.json, so it is not a starapp bundle.</source>
        <translation>Nid oes manifest.json ynddo, felly nid yw&apos;n fwndel starapp.</translation>
    </message>
    <message>
        <source>It is damaged and cannot be read ({detail}).</source>
        <translation>Mae wedi&apos;i ddifrodi ac ni ellir ei ddarllen ({detail}).</translation>
    </message>
    <message>
        <source>It is damaged or was changed after it was made (its encryption check failed; it may also have been cut off while copying). Copy it again from where it came from.</source>
        <translation>Mae wedi&apos;i ddifrodi neu wedi&apos;i newid ar ôl iddo gael ei wneud (methodd gwiriad ei amgryptio; efallai hefyd iddo gael ei dorri&apos;n fyr wrth ei gopïo). Copïwch ef eto o&apos;r lle y daeth.</translation>
    </message>
    <message>
        <source>It is encrypted but not a signed starapp bundle (no valid envelope with a signature), so it cannot be trusted. It was refused.</source>
        <translation>Mae wedi&apos;i amgryptio ond nid yw&apos;n fwndel starapp wedi&apos;i lofnodi (nid oes amlen ddilys gyda llofnod ynddo), felly ni ellir ymddiried ynddo. Cafodd ei wrthod.</translation>
    </message>
    <message>
        <source>It is encrypted, and this data file holds no service identity to open it. Import the service identity (Tools &gt; Service keys, or &apos;starapp keys import-identity&apos;), or give the identity file with --identity.</source>
        <translation>Mae wedi&apos;i amgryptio, ac nid oes gan y ffeil ddata hon hunaniaeth gwasanaeth i&apos;w agor. Mewnforiwch hunaniaeth y gwasanaeth (Offer &gt; Allweddi&apos;r gwasanaeth, neu &apos;starapp keys import-identity&apos;), neu rhowch y ffeil hunaniaeth gyda --identity.</translation>
    </message>
    <message>
        <source>It is not a complete zip file: it may have been cut off while copying, or damaged. Copy it again from where it came from.</source>
        <translation>Nid yw&apos;n ffeil zip gyflawn: efallai iddo gael ei dorri&apos;n fyr wrth ei gopïo, neu ei ddifrodi. Copïwch ef eto o&apos;r lle y daeth.</translation>
    </message>
    <message>
        <source>It is not addressed to this service&apos;s key: it was encrypted to another key (another service&apos;s, or a key this file does not hold), or its header was damaged. Check that the laptop trusts this service&apos;s key.</source>
        <translation>Nid yw wedi&apos;i gyfeirio at allwedd y gwasanaeth hwn: cafodd ei amgryptio i allwedd arall (allwedd gwasanaeth arall, neu allwedd nad yw&apos;r ffeil hon yn ei dal), neu cafodd ei bennawd ei ddifrodi. Gwiriwch fod y gliniadur yn ymddiried yn allwedd y gwasanaeth hwn.</translation>
    </message>
    <message>
        <source>It is not encrypted, and this data file holds the service key, so it takes only encrypted, signed bundles. Ask the worker to trust the service key and export everything again (&apos;starapp export --all&apos;).</source>
        <translation>Nid yw wedi&apos;i amgryptio, ac mae&apos;r ffeil ddata hon yn dal allwedd y gwasanaeth, felly dim ond bwndeli wedi&apos;u hamgryptio a&apos;u llofnodi y mae&apos;n eu derbyn. Gofynnwch i&apos;r gweithiwr ymddiried yn allwedd y gwasanaeth ac allforio popeth eto (&apos;starapp export --all&apos;).</translation>
    </message>
    <message>
        <source>It is signed as coming from laptop {signed}, but its contents say laptop {contents}. It was refused.</source>
        <translation>Mae wedi&apos;i lofnodi fel pe bai&apos;n dod o liniadur {signed}, ond mae ei gynnwys yn dweud gliniadur {contents}. Cafodd ei wrthod.</translation>
    </message>
    <message>
        <source>It is signed with a different key from the one laptop {laptop} signed its earlier bundles with (first seen {first_seen}): someone may have re-signed it. It was refused; ask the worker whether that laptop&apos;s data file was replaced.</source>
        <translation>Mae wedi&apos;i lofnodi gydag allwedd wahanol i&apos;r un y llofnododd gliniadur {laptop} ei fwndeli cynharach â hi (gwelwyd gyntaf {first_seen}): efallai fod rhywun wedi&apos;i ail-lofnodi. Cafodd ei wrthod; gofynnwch i&apos;r gweithiwr a gafodd ffeil ddata&apos;r gliniadur hwnnw ei disodli.</translation>
    </message>
    <message>
        <source>It is signed with the key of the laptop {laptop}, which was marked lost or retired on {date}, though it says it comes from laptop {named}. It was refused.</source>
        <translation>Mae wedi&apos;i lofnodi gydag allwedd y gliniadur {laptop}, a gafodd ei nodi ar goll neu wedi&apos;i dynnu o wasanaeth ar {date}, er ei fod yn dweud ei fod yn dod o liniadur {named}. Cafodd ei wrthod.</translation>
    </message>
    <message>
        <source>It was made by a newer version of starapp (bundle format {version}; this app reads format {readable}). Update starapp on this computer, then import it again.</source>
        <translation>Cafodd ei wneud gan fersiwn mwy newydd o starapp (fformat bwndel {version}; mae&apos;r ap hwn yn darllen fformat {readable}). Diweddarwch starapp ar y cyfrifiadur hwn, yna mewnforiwch ef eto.</translation>
    </message>
    <message>
        <source>Its envelope does not match the bundle inside it.</source>
        <translation>Nid yw ei amlen yn cyfateb i&apos;r bwndel sydd ynddi.</translation>
    </message>
    <message>
        <source>Its envelope is not in the expected shape.</source>
        <translation>Nid yw ei amlen yn y ffurf ddisgwyliedig.</translation>
    </message>
    <message>
        <source>Its envelope was made by a newer version of starapp. Update starapp on this computer, then import it again.</source>
        <translation>Cafodd ei amlen ei gwneud gan fersiwn mwy newydd o starapp. Diweddarwch starapp ar y cyfrifiadur hwn, yna mewnforiwch ef eto.</translation>
    </message>
    <message>
        <source>Its manifest does not say it is a starapp bundle.</source>
        <translation>Nid yw ei faniffest yn dweud ei fod yn fwndel starapp.</translation>
    </message>
    <message>
        <source>Its manifest is not in the expected shape: {where}: {problem}.</source>
        <translation>Nid yw ei faniffest yn y ffurf ddisgwyliedig: {where}: {problem}.</translation>
    </message>
    <message>
        <source>Its manifest.json is not valid JSON.</source>
        <translation>Nid yw ei manifest.json yn JSON dilys.</translation>
    </message>
    <message>
        <source>Its member {member} unpacks to more than {size} bytes (a &apos;zip bomb&apos;). It was refused.</source>
        <translation>Mae&apos;r ffeil {member} ynddo yn dadbacio i fwy na {size} beit (&apos;bom zip&apos;). Cafodd ei wrthod.</translation>
    </message>
    <message>
        <source>Its member {member} would unpack to {size} bytes, far more than a bundle holds (a &apos;zip bomb&apos;). It was refused.</source>
        <translation>Byddai&apos;r ffeil {member} ynddo yn dadbacio i {size} beit, llawer mwy nag y mae bwndel yn ei ddal (&apos;bom zip&apos;). Cafodd ei wrthod.</translation>
    </message>
    <message>
        <source>Its members do not match its manifest (missing or extra files). It may have been changed after it was made.</source>
        <translation>Nid yw&apos;r ffeiliau ynddo yn cyfateb i&apos;w faniffest (ffeiliau ar goll neu ychwanegol). Efallai iddo gael ei newid ar ôl iddo gael ei wneud.</translation>
    </message>
    <message>
        <source>Its record counts do not match its manifest.</source>
        <translation>Nid yw nifer ei gofnodion yn cyfateb i&apos;w faniffest.</translation>
    </message>
    <message>
        <source>Its records do not fit together ({detail}); nothing was changed.</source>
        <translation>Nid yw ei gofnodion yn cyd-fynd â&apos;i gilydd ({detail}); ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Its records.json is not valid JSON.</source>
        <translation>Nid yw ei records.json yn JSON dilys.</translation>
    </message>
    <message>
        <source>Its signature does not match its contents: it was changed after the laptop signed it, or was not signed by the laptop it names. It was refused.</source>
        <translation>Nid yw ei lofnod yn cyfateb i&apos;w gynnwys: cafodd ei newid ar ôl i&apos;r gliniadur ei lofnodi, neu ni chafodd ei lofnodi gan y gliniadur y mae&apos;n ei enwi. Cafodd ei wrthod.</translation>
    </message>
    <message>
        <source>More than {most} entries match, too many for Excel to open comfortably; export them as CSV, or narrow the dates first.</source>
        <translation>Mae mwy na {most} o gofnodion yn cyfateb, gormod i Excel eu hagor yn hwylus; allforiwch nhw fel CSV, neu culhewch y dyddiadau yn gyntaf.</translation>
    </message>
    <message>
        <source>No laptop {laptop} has sent bundles to this data file. &apos;starapp keys laptops&apos; lists the ones that have.</source>
        <translation>Nid oes gliniadur {laptop} wedi anfon bwndeli i&apos;r ffeil ddata hon. Mae &apos;starapp keys laptops&apos; yn rhestru&apos;r rhai sydd wedi gwneud.</translation>
    </message>
    <message>
        <source>No password or token is stored.</source>
        <translation>Nid oes cyfrinair na thocyn wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>No sample templates were found to make demo data.</source>
        <translation>Ni chafwyd hyd i dempledi sampl i wneud data enghreifftiol.</translation>
    </message>
    <message>
        <source>No sync target is set up yet, so changes wait here.</source>
        <translation>Nid oes cyrchfan cysoni wedi&apos;i gosod eto, felly mae newidiadau&apos;n aros yma.</translation>
    </message>
    <message>
        <source>Only a finalised reading can be amended.</source>
        <translation>Dim ond darlleniad terfynol y gellir ei ddiwygio.</translation>
    </message>
    <message>
        <source>Personal data is only sent over https. Use an https:// address (plain http is allowed only to this computer itself, for testing).</source>
        <translation>Dim ond dros https yr anfonir data personol. Defnyddiwch gyfeiriad https:// (caniateir http plaen i&apos;r cyfrifiadur hwn ei hun yn unig, ar gyfer profi).</translation>
    </message>
    <message>
        <source>Say what will be done.</source>
        <translation>Dywedwch beth fydd yn cael ei wneud.</translation>
    </message>
    <message>
        <source>Say why the reading is being amended.</source>
        <translation>Dywedwch pam mae&apos;r darlleniad yn cael ei ddiwygio.</translation>
    </message>
    <message>
        <source>Scores run from {low} to {high}; {value} is outside.</source>
        <translation>Mae&apos;r sgorau&apos;n mynd o {low} i {high}; mae {value} y tu allan i hynny.</translation>
    </message>
    <message>
        <source>That action step is not in this data file.</source>
        <translation>Nid yw&apos;r cam gweithredu hwnnw yn y ffeil ddata hon.</translation>
    </message>
    <message>
        <source>That conflict is not in this data file any more.</source>
        <translation>Nid yw&apos;r gwrthdaro hwnnw yn y ffeil ddata hon mwyach.</translation>
    </message>
    <message>
        <source>That passphrase does not open {name}. Check it (and Caps Lock) and try again; the file has not been changed.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n agor {name}. Gwiriwch ef (a Caps Lock) a rhowch gynnig arall arni; nid yw&apos;r ffeil wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>That person is not in this data file.</source>
        <translation>Nid yw&apos;r person hwnnw yn y ffeil ddata hon.</translation>
    </message>
    <message>
        <source>That reading is not in this data file.</source>
        <translation>Nid yw&apos;r darlleniad hwnnw yn y ffeil ddata hon.</translation>
    </message>
    <message>
        <source>That recovery key does not belong to {name}. Check it against the written copy.</source>
        <translation>Nid yw&apos;r allwedd adfer honno&apos;n perthyn i {name}. Gwiriwch hi yn erbyn y copi ysgrifenedig.</translation>
    </message>
    <message>
        <source>That recovery key does not open {name} (each data file has its own). Check it against the written copy; the file has not been changed.</source>
        <translation>Nid yw&apos;r allwedd adfer honno&apos;n agor {name} (mae gan bob ffeil ddata ei hallwedd ei hun). Gwiriwch hi yn erbyn y copi ysgrifenedig; nid yw&apos;r ffeil wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>That recovery key has a typing mistake in it. Check each group against the written copy.</source>
        <translation>Mae camgymeriad teipio yn yr allwedd adfer honno. Gwiriwch bob grŵp yn erbyn y copi ysgrifenedig.</translation>
    </message>
    <message>
        <source>That recovery key has characters that cannot be in one. Check it against the written copy.</source>
        <translation>Mae nodau yn yr allwedd adfer honno na all fod mewn allwedd adfer. Gwiriwch hi yn erbyn y copi ysgrifenedig.</translation>
    </message>
    <message>
        <source>That sync target is not set up in this data file.</source>
        <translation>Nid yw&apos;r gyrchfan cysoni honno wedi&apos;i gosod yn y ffeil ddata hon.</translation>
    </message>
    <message>
        <source>The PDF report could not be written to {path}; choose another place.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r adroddiad PDF i {path}; dewiswch le arall.</translation>
    </message>
    <message>
        <source>The bundle refers to {count} person(s) that neither it nor this data file has. It was refused; ask for a full export from that laptop.</source>
        <translation>Mae&apos;r bwndel yn cyfeirio at bobl nad ydynt ynddo nac yn y ffeil ddata hon (nifer: {count}). Fe&apos;i gwrthodwyd; gofynnwch am allforiad llawn o&apos;r gliniadur hwnnw.</translation>
    </message>
    <message>
        <source>The bundle waiting to be sent was encrypted too.</source>
        <translation>Cafodd y bwndel a oedd yn aros i gael ei anfon ei amgryptio hefyd.</translation>
    </message>
    <message>
        <source>The bundle waiting to be sent was made again for the new key; it now carries everything in this file so the manager&apos;s copy catches up.</source>
        <translation>Gwnaed y bwndel a oedd yn aros i gael ei anfon eto ar gyfer yr allwedd newydd; mae bellach yn cario popeth yn y ffeil hon fel bod copi&apos;r rheolwr yn dal i fyny.</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are not in the expected shape: {where} {problem}.</source>
        <translation>Nid yw cofnodion y bwndel yn y ffurf ddisgwyliedig: {where}: {problem}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s stored bytes are missing.</source>
        <translation>Mae cynnwys cadwedig y bwndel ar goll.</translation>
    </message>
    <message>
        <source>The bundle&apos;s template {template} does not match its own checksum.</source>
        <translation>Nid yw templed {template} y bwndel yn cyfateb i&apos;w swm gwirio ei hun.</translation>
    </message>
    <message>
        <source>The bundle&apos;s template {template} has different wording from the {template} in this data file. One of them needs a new version number; ask whoever manages templates.</source>
        <translation>Mae geiriad templed {template} y bwndel yn wahanol i&apos;r {template} yn y ffeil ddata hon. Mae angen rhif fersiwn newydd ar un ohonynt; gofynnwch i bwy bynnag sy&apos;n rheoli templedi.</translation>
    </message>
    <message>
        <source>The bundle&apos;s template {template} is not valid ({problem}).</source>
        <translation>Nid yw templed {template} y bwndel yn ddilys ({problem}).</translation>
    </message>
    <message>
        <source>The certificate file {path} cannot be used ({detail}). Check the target&apos;s CA file setting.</source>
        <translation>Ni ellir defnyddio&apos;r ffeil dystysgrif {path} ({detail}). Gwiriwch osodiad ffeil CA y gyrchfan.</translation>
    </message>
    <message>
        <source>The checksum of {member} does not match the manifest: the bundle is damaged or was changed after it was made.</source>
        <translation>Nid yw swm gwirio {member} yn cyfateb i&apos;r maniffest: mae&apos;r bwndel wedi&apos;i ddifrodi neu wedi&apos;i newid ar ôl iddo gael ei wneud.</translation>
    </message>
    <message>
        <source>The connection broke before the answer was complete ({detail}).</source>
        <translation>Torrodd y cysylltiad cyn i&apos;r ateb fod yn gyflawn ({detail}).</translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation>Mae dyddiad y caniatâd yn y dyfodol.</translation>
    </message>
    <message>
        <source>The data file is busy in another program, so the last change was not saved. Try again in a moment.</source>
        <translation>Mae&apos;r ffeil ddata yn brysur mewn rhaglen arall, felly ni chadwyd y newid diwethaf. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be decrypted: its first page is damaged, or the key file beside it belongs to another data file. It has not been changed; restore it from a backup, or open it with its recovery key.</source>
        <translation>Ni ellir dadgryptio&apos;r ffeil ddata {path}: mae ei thudalen gyntaf wedi&apos;i difrodi, neu mae&apos;r ffeil allwedd wrth ei hochr yn perthyn i ffeil ddata arall. Nid yw wedi&apos;i newid; adferwch hi o gopi wrth gefn, neu agorwch hi gyda&apos;i hallwedd adfer.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be opened ({reason}).</source>
        <translation>Ni ellir agor y ffeil ddata {path} ({reason}).</translation>
    </message>
    <message>
        <source>The data file {path} cannot be read ({reason}). Check its permissions.</source>
        <translation>Ni ellir darllen y ffeil ddata {path} ({reason}). Gwiriwch ei hawliau mynediad.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be written (it is read-only), so the last change was not saved. Copy it somewhere you can write to.</source>
        <translation>Ni ellir ysgrifennu i&apos;r ffeil ddata {path} (mae&apos;n ddarllen yn unig), felly ni chadwyd y newid diwethaf. Copïwch hi i rywle lle gallwch ysgrifennu.</translation>
    </message>
    <message>
        <source>The data file {path} is damaged and cannot be opened ({reason}). It has not been changed; restore it from a backup or ask for help.</source>
        <translation>Mae&apos;r ffeil ddata {path} wedi&apos;i difrodi ac ni ellir ei hagor ({reason}). Nid yw wedi&apos;i newid; adferwch hi o gopi wrth gefn neu gofynnwch am help.</translation>
    </message>
    <message>
        <source>The data file {path} is read-only. Copy it somewhere you can write to.</source>
        <translation>Mae&apos;r ffeil ddata {path} yn ddarllen yn unig. Copïwch hi i rywle lle gallwch ysgrifennu.</translation>
    </message>
    <message>
        <source>The data file {path} is truncated (it is shorter than its own header says). It has not been changed; restore it from a backup.</source>
        <translation>Mae&apos;r ffeil ddata {path} wedi&apos;i thorri&apos;n fyr (mae&apos;n fyrrach nag y mae ei phennyn ei hun yn ei ddweud). Nid yw wedi&apos;i newid; adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The data file {path} is truncated. Restore it from a backup.</source>
        <translation>Mae&apos;r ffeil ddata {path} wedi&apos;i thorri&apos;n fyr. Adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The date of birth is before 1900.</source>
        <translation>Mae&apos;r dyddiad geni cyn 1900.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Mae&apos;r dyddiad geni yn y dyfodol.</translation>
    </message>
    <message>
        <source>The date range is back to front: &apos;from&apos; ({start}) is after &apos;to&apos; ({end}); swap the two dates.</source>
        <translation>Mae&apos;r dyddiadau o chwith: mae &apos;o&apos; ({start}) ar ôl &apos;i&apos; ({end}); cyfnewidiwch y ddau ddyddiad.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved. Free some space, then try again; everything saved before is safe.</source>
        <translation>Mae&apos;r ddisg yn llawn, felly ni chadwyd y newid diwethaf. Rhyddhewch le, yna rhowch gynnig arall arni; mae popeth a gadwyd cyn hynny yn ddiogel.</translation>
    </message>
    <message>
        <source>The disk is full, so the report could not be written to {path}; free some space or choose another place.</source>
        <translation>Mae&apos;r ddisg yn llawn, felly nid oedd modd ysgrifennu&apos;r adroddiad i {path}; rhyddhewch le neu dewiswch le arall.</translation>
    </message>
    <message>
        <source>The encrypted data file {path} is damaged and cannot be opened ({reason}). It has not been changed; restore it from a backup or ask for help.</source>
        <translation>Mae&apos;r ffeil ddata amgryptiedig {path} wedi&apos;i difrodi ac ni ellir ei hagor ({reason}). Nid yw wedi&apos;i newid; adferwch hi o gopi wrth gefn neu gofynnwch am help.</translation>
    </message>
    <message>
        <source>The endpoint already holds a different bundle with this id. Ask the charity to check it, then choose Try again.</source>
        <translation>Mae gan bwynt terfyn yr elusen fwndel gwahanol gyda&apos;r dynodydd hwn eisoes. Gofynnwch i&apos;r elusen ei wirio, yna dewiswch Rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Cafodd yr allforio ei ganslo; ni ysgrifennwyd unrhyw ffeil.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made on the server.</source>
        <translation>Ni ellir creu&apos;r ffolder {folder} ar y gweinydd.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose an existing folder for the report.</source>
        <translation>Nid yw&apos;r ffolder {folder} yn bodoli; dewiswch ffolder sy&apos;n bodoli ar gyfer yr adroddiad.</translation>
    </message>
    <message>
        <source>The folder {folder} is full.</source>
        <translation>Mae&apos;r ffolder {folder} yn llawn.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there (is the USB stick or drive connected?).</source>
        <translation>Nid yw&apos;r ffolder {folder} yno (a yw&apos;r cof bach neu&apos;r gyriant wedi&apos;i gysylltu?).</translation>
    </message>
    <message>
        <source>The key file beside {name} has been replaced with one for another file. Unlock with the recovery key.</source>
        <translation>Mae&apos;r ffeil allwedd wrth ochr {name} wedi&apos;i disodli gan un ar gyfer ffeil arall. Datglowch gyda&apos;r allwedd adfer.</translation>
    </message>
    <message>
        <source>The key file of {name} is missing, so the passphrase cannot be checked. Unlock with the recovery key.</source>
        <translation>Mae ffeil allwedd {name} ar goll, felly ni ellir gwirio&apos;r cyfrinymadrodd. Datglowch gyda&apos;r allwedd adfer.</translation>
    </message>
    <message>
        <source>The key file of {name} is not valid.</source>
        <translation>Nid yw ffeil allwedd {name} yn ddilys.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read ({reason}). Check its permissions.</source>
        <translation>Ni ellir darllen y ffeil allwedd {path} ({reason}). Gwiriwch ei hawliau mynediad.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged, so the passphrase cannot be used. Open the data file with its recovery key and choose a new passphrase.</source>
        <translation>Mae&apos;r ffeil allwedd {path} wedi&apos;i difrodi, felly ni ellir defnyddio&apos;r cyfrinymadrodd. Agorwch y ffeil ddata gyda&apos;i hallwedd adfer a dewiswch gyfrinymadrodd newydd.</translation>
    </message>
    <message>
        <source>The minimum number of readings must be a whole number.</source>
        <translation>Rhaid i&apos;r nifer lleiaf o ddarlleniadau fod yn rhif cyfan.</translation>
    </message>
    <message>
        <source>The minimum number of readings must be at least 1.</source>
        <translation>Rhaid i&apos;r nifer lleiaf o ddarlleniadau fod yn 1 o leiaf.</translation>
    </message>
    <message>
        <source>The network answered with a web page instead of the WebDAV server: probably a Wi-Fi login page. Log in in a browser, then choose Try again.</source>
        <translation>Atebodd y rhwydwaith gyda thudalen we yn lle&apos;r gweinydd WebDAV: tudalen mewngofnodi Wi-Fi, mae&apos;n debyg. Mewngofnodwch mewn porwr, yna dewiswch Rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The network answered with a web page instead of the charity&apos;s endpoint: probably a Wi-Fi login page. Log in in a browser, then choose Try again.</source>
        <translation>Atebodd y rhwydwaith gyda thudalen we yn lle pwynt terfyn yr elusen: tudalen mewngofnodi Wi-Fi, mae&apos;n debyg. Mewngofnodwch mewn porwr, yna dewiswch Rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The network failed ({detail}).</source>
        <translation>Methodd y rhwydwaith ({detail}).</translation>
    </message>
    <message>
        <source>The next bundle carries everything in this file, encrypted to the new key, so the manager&apos;s copy catches up.</source>
        <translation>Mae&apos;r bwndel nesaf yn cario popeth yn y ffeil hon, wedi&apos;i amgryptio i&apos;r allwedd newydd, fel bod copi&apos;r rheolwr yn dal i fyny.</translation>
    </message>
    <message>
        <source>The note is too long (at most {most} characters).</source>
        <translation>Mae&apos;r nodyn yn rhy hir ({most} nod ar y mwyaf).</translation>
    </message>
    <message>
        <source>The passphrase must have at least {least} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Rhaid i&apos;r cyfrinymadrodd fod ag o leiaf {least} nod. Mae ychydig o eiriau digyswllt yn hawdd eu cofio ac yn anodd eu dyfalu.</translation>
    </message>
    <message>
        <source>The reading date is in the future.</source>
        <translation>Mae dyddiad y darlleniad yn y dyfodol.</translation>
    </message>
    <message>
        <source>The reference code is too long (at most {most} characters).</source>
        <translation>Mae&apos;r cyfeirnod yn rhy hir ({most} nod ar y mwyaf).</translation>
    </message>
    <message>
        <source>The reference typed does not match this person&apos;s reference ({reference}), so nothing was erased.</source>
        <translation>Nid yw&apos;r cyfeirnod a deipiwyd yn cyfateb i gyfeirnod y person hwn ({reference}), felly ni ddilëwyd dim.</translation>
    </message>
    <message>
        <source>The reference {reference} is already used by another person.</source>
        <translation>Mae person arall eisoes yn defnyddio&apos;r cyfeirnod {reference}.</translation>
    </message>
    <message>
        <source>The report could not be written to {path} ({reason}); choose another place.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r adroddiad i {path} ({reason}); dewiswch le arall.</translation>
    </message>
    <message>
        <source>The report was cancelled before it finished.</source>
        <translation>Cafodd yr adroddiad ei ganslo cyn iddo orffen.</translation>
    </message>
    <message>
        <source>The server already has a different file called {file}. Ask the charity to move it away, then choose Try again.</source>
        <translation>Mae gan y gweinydd ffeil wahanol o&apos;r enw {file} eisoes. Gofynnwch i&apos;r elusen ei symud i rywle arall, yna dewiswch Rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The server asked starapp to use another address ({address}). Check the target&apos;s URL and change it if the charity has moved its server.</source>
        <translation>Gofynnodd y gweinydd i starapp ddefnyddio cyfeiriad arall ({address}). Gwiriwch URL y gyrchfan a&apos;i newid os yw&apos;r elusen wedi symud ei gweinydd.</translation>
    </message>
    <message>
        <source>The server for {target} did not accept the user name and password (or token). Check them in the target&apos;s settings.</source>
        <translation>Ni dderbyniodd y gweinydd ar gyfer {target} yr enw defnyddiwr a&apos;r cyfrinair (neu&apos;r tocyn). Gwiriwch nhw yng ngosodiadau&apos;r gyrchfan.</translation>
    </message>
    <message>
        <source>The server for {target} does not allow this account to write there. Ask the charity to check the account&apos;s permissions.</source>
        <translation>Nid yw&apos;r gweinydd ar gyfer {target} yn caniatáu i&apos;r cyfrif hwn ysgrifennu yno. Gofynnwch i&apos;r elusen wirio caniatâd y cyfrif.</translation>
    </message>
    <message>
        <source>The server for {target} is busy or failing (HTTP {code}); starapp will try again.</source>
        <translation>Mae&apos;r gweinydd ar gyfer {target} yn brysur neu&apos;n methu (HTTP {code}); bydd starapp yn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The server for {target} refused the upload (HTTP {code}).</source>
        <translation>Gwrthododd y gweinydd ar gyfer {target} yr uwchlwythiad (HTTP {code}).</translation>
    </message>
    <message>
        <source>The server for {target} refuses files this large. Ask the charity to raise its upload limit.</source>
        <translation>Mae&apos;r gweinydd ar gyfer {target} yn gwrthod ffeiliau mor fawr â hyn. Gofynnwch i&apos;r elusen godi ei therfyn uwchlwytho.</translation>
    </message>
    <message>
        <source>The server for {target} says the address does not exist. Check the target&apos;s URL.</source>
        <translation>Mae&apos;r gweinydd ar gyfer {target} yn dweud nad yw&apos;r cyfeiriad yn bodoli. Gwiriwch URL y gyrchfan.</translation>
    </message>
    <message>
        <source>The server sent starapp to another address ({host}), so nothing was sent there. This is often a Wi-Fi login page: log in in a browser, then choose Try again. Otherwise check the target&apos;s URL.</source>
        <translation>Anfonodd y gweinydd starapp i gyfeiriad arall ({host}), felly ni anfonwyd dim yno. Tudalen mewngofnodi Wi-Fi yw hyn yn aml: mewngofnodwch mewn porwr, yna dewiswch Rhoi cynnig arall arni. Fel arall, gwiriwch URL y gyrchfan.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>Cymerodd y gweinydd ormod o amser i ateb.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be verified, so nothing was sent. If the charity uses its own certificate, give its CA file in the target&apos;s settings.</source>
        <translation>Nid oedd modd gwirio tystysgrif ddiogelwch y gweinydd, felly ni anfonwyd dim. Os yw&apos;r elusen yn defnyddio ei thystysgrif ei hun, rhowch ei ffeil CA yng ngosodiadau&apos;r gyrchfan.</translation>
    </message>
    <message>
        <source>The target URL must not have a ?query or #fragment.</source>
        <translation>Ni ddylai URL y gyrchfan gynnwys ?ymholiad na #darn.</translation>
    </message>
    <message>
        <source>The template has no area &apos;{area}&apos;.</source>
        <translation>Nid oes gan y templed faes &apos;{area}&apos;.</translation>
    </message>
    <message>
        <source>The template {template} is not in this data file.</source>
        <translation>Nid yw&apos;r templed {template} yn y ffeil ddata hon.</translation>
    </message>
    <message>
        <source>The withdrawal date is before consent was given ({given}); check the date.</source>
        <translation>Mae&apos;r dyddiad tynnu&apos;n ôl cyn i&apos;r caniatâd gael ei roi ({given}); gwiriwch y dyddiad.</translation>
    </message>
    <message>
        <source>The withdrawal date is in the future.</source>
        <translation>Mae&apos;r dyddiad tynnu&apos;n ôl yn y dyfodol.</translation>
    </message>
    <message>
        <source>The {n} bundles waiting to be sent were encrypted too.</source>
        <translation>Cafodd y {n} bwndel a oedd yn aros i gael eu hanfon eu hamgryptio hefyd.</translation>
    </message>
    <message>
        <source>The {n} bundles waiting to be sent were made again for the new key; the next one carries everything in this file so the manager&apos;s copy catches up.</source>
        <translation>Gwnaed y {n} bwndel a oedd yn aros i gael eu hanfon eto ar gyfer yr allwedd newydd; mae&apos;r un nesaf yn cario popeth yn y ffeil hon fel bod copi&apos;r rheolwr yn dal i fyny.</translation>
    </message>
    <message>
        <source>The {what} file {path} cannot be read ({reason}).</source>
        <translation>Ni ellir darllen y ffeil {what} {path} ({reason}).</translation>
    </message>
    <message>
        <source>The {what} file {path} is not a text file.</source>
        <translation>Nid yw&apos;r ffeil {what} {path} yn ffeil destun.</translation>
    </message>
    <message>
        <source>There is already a target called {name}. Choose another name.</source>
        <translation>Mae cyrchfan o&apos;r enw {name} eisoes. Dewiswch enw arall.</translation>
    </message>
    <message>
        <source>There is no certificate file at {path}. Choose the CA file the charity gave you, or leave it empty.</source>
        <translation>Nid oes ffeil dystysgrif yn {path}. Dewiswch y ffeil CA a roddodd yr elusen i chi, neu gadewch hi&apos;n wag.</translation>
    </message>
    <message>
        <source>There is no consent in force to withdraw; record the consent first if it was given.</source>
        <translation>Nid oes caniatâd mewn grym i&apos;w dynnu&apos;n ôl; cofnodwch y caniatâd yn gyntaf os cafodd ei roi.</translation>
    </message>
    <message>
        <source>There is no data file at {path}. Check the path, or create one with &apos;starapp demo&apos; or by starting the app.</source>
        <translation>Nid oes ffeil ddata yn {path}. Gwiriwch y llwybr, neu crëwch un gyda &apos;starapp demo&apos; neu drwy gychwyn yr ap.</translation>
    </message>
    <message>
        <source>There is no folder at {path}. Choose an existing folder (plug in the USB stick or drive first).</source>
        <translation>Nid oes ffolder yn {path}. Dewiswch ffolder sy&apos;n bodoli (plygiwch y cof bach neu&apos;r gyriant i mewn yn gyntaf).</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Nid oes ffeil o&apos;r fath.</translation>
    </message>
    <message>
        <source>There is no sync target called {name} (targets: none yet).</source>
        <translation>Nid oes cyrchfan cysoni o&apos;r enw {name} (cyrchfannau: dim eto).</translation>
    </message>
    <message>
        <source>There is no sync target called {name} (targets: {names}).</source>
        <translation>Nid oes cyrchfan cysoni o&apos;r enw {name} (cyrchfannau: {names}).</translation>
    </message>
    <message>
        <source>This bundle was already imported on {date}; nothing was changed.</source>
        <translation>Mewnforiwyd y bwndel hwn eisoes ar {date}; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>This bundle was made by this data file itself, so there is nothing to import.</source>
        <translation>Gwnaed y bwndel hwn gan y ffeil ddata hon ei hun, felly nid oes dim i&apos;w fewnforio.</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so starapp cannot keep the password or token. Give it each time instead, e.g. starapp sync --secret-file FILE.</source>
        <translation>Nid oes gan y cyfrifiadur hwn gylch allweddi system, felly ni all starapp gadw&apos;r cyfrinair na&apos;r tocyn. Rhowch ef bob tro yn lle hynny, e.e. starapp sync --secret-file FILE.</translation>
    </message>
    <message>
        <source>This data file is already open in another starapp window ({file}). Switch to that window, or close it and try again.</source>
        <translation>Mae&apos;r ffeil ddata hon eisoes ar agor mewn ffenestr starapp arall ({file}). Ewch i&apos;r ffenestr honno, neu caewch hi a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This is too long (at most {most} characters).</source>
        <translation>Mae hwn yn rhy hir ({most} nod ar y mwyaf).</translation>
    </message>
    <message>
        <source>This reading has already been amended; amend its latest version.</source>
        <translation>Mae&apos;r darlleniad hwn eisoes wedi&apos;i ddiwygio; diwygiwch ei fersiwn ddiweddaraf.</translation>
    </message>
    <message>
        <source>This reading is finalised and cannot be changed; amend it instead.</source>
        <translation>Mae&apos;r darlleniad hwn yn derfynol ac ni ellir ei newid; diwygiwch ef yn lle hynny.</translation>
    </message>
    <message>
        <source>Type the password for this target.</source>
        <translation>Teipiwch y cyfrinair ar gyfer y gyrchfan hon.</translation>
    </message>
    <message>
        <source>Type the token for this target.</source>
        <translation>Teipiwch y tocyn ar gyfer y gyrchfan hon.</translation>
    </message>
    <message>
        <source>Type the web address (URL) the charity gave you.</source>
        <translation>Teipiwch y cyfeiriad gwe (URL) a roddodd yr elusen i chi.</translation>
    </message>
    <message>
        <source>Unexpected error ({detail}).</source>
        <translation>Gwall annisgwyl ({detail}).</translation>
    </message>
    <message>
        <source>Unknown consent purpose(s): {purposes}.</source>
        <translation>Diben(ion) caniatâd anhysbys: {purposes}.</translation>
    </message>
    <message>
        <source>You cannot write to {folder} (permission denied); choose another folder.</source>
        <translation>Ni allwch ysgrifennu i {folder} (gwrthodwyd mynediad); dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>action step {id}: its reading {reading} is not in the bundle or this file</source>
        <translation>cam gweithredu {id}: nid yw ei ddarlleniad {reading} yn y bwndel nac yn y ffeil hon</translation>
    </message>
    <message>
        <source>action {id}: changed on two laptops</source>
        <translation>cam gweithredu {id}: newidiwyd ar ddau liniadur</translation>
    </message>
    <message>
        <source>action {id}: it was deleted here</source>
        <translation>cam gweithredu {id}: cafodd ei ddileu yma</translation>
    </message>
    <message>
        <source>allows at most {limit} entries, found {found}</source>
        <translation>caniateir {limit} eitem ar y mwyaf, cafwyd {found}</translation>
    </message>
    <message>
        <source>breaks the template format: {detail}</source>
        <translation>mae&apos;n torri fformat y templed: {detail}</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>ni ellir ei darllen ({reason})</translation>
    </message>
    <message>
        <source>has a field that is not part of the format: {extra}</source>
        <translation>mae ganddo elfen nad yw&apos;n rhan o&apos;r fformat: {extra}</translation>
    </message>
    <message>
        <source>has a value of the wrong type or size</source>
        <translation>mae ganddo werth o&apos;r math neu&apos;r maint anghywir</translation>
    </message>
    <message>
        <source>has unexpected fields {names}</source>
        <translation>mae ganddo feysydd annisgwyl {names}</translation>
    </message>
    <message>
        <source>has unexpected parts {names}</source>
        <translation>mae ganddo rannau annisgwyl {names}</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>hunaniaeth</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ar goll</translation>
    </message>
    <message>
        <source>is missing {names}</source>
        <translation>mae {names} ar goll</translation>
    </message>
    <message>
        <source>it amends a reading that was rejected</source>
        <translation>mae&apos;n diwygio darlleniad a wrthodwyd</translation>
    </message>
    <message>
        <source>its template has no area &apos;{area}&apos;</source>
        <translation>nid oes gan ei dempled faes &apos;{area}&apos;</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>rhaid iddo fod yn rhestr</translation>
    </message>
    <message>
        <source>must be a list ([...])</source>
        <translation>rhaid iddo fod yn rhestr ([...])</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>rhaid iddo fod yn rhif cyfan</translation>
    </message>
    <message>
        <source>must be a whole number or null</source>
        <translation>rhaid iddo fod yn rhif cyfan neu&apos;n null</translation>
    </message>
    <message>
        <source>must be an area key</source>
        <translation>rhaid iddo fod yn allwedd maes</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>rhaid iddo fod yn wrthrych</translation>
    </message>
    <message>
        <source>must be an object ({{...}})</source>
        <translation>rhaid iddo fod yn wrthrych ({{...}})</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>rhaid iddo fod yn {limit} o leiaf</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>rhaid iddo fod yn {limit} ar y mwyaf</translation>
    </message>
    <message>
        <source>must be greater than scale.min ({min})</source>
        <translation>rhaid iddo fod yn fwy na scale.min ({min})</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>rhaid iddo fod yn un o {choices}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>rhaid iddo fod yn destun</translation>
    </message>
    <message>
        <source>must be text of at most 20000 characters</source>
        <translation>rhaid iddo fod yn destun o 20000 nod ar y mwyaf</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>rhaid iddo fod yn true neu&apos;n false</translation>
    </message>
    <message>
        <source>must be {first} or {second}</source>
        <translation>rhaid iddo fod yn {first} neu {second}</translation>
    </message>
    <message>
        <source>must be {value}</source>
        <translation>rhaid iddo fod yn {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ni all fod yn wag</translation>
    </message>
    <message>
        <source>needs at least {limit} entries, found {found}</source>
        <translation>mae angen o leiaf {limit} eitem, cafwyd {found}</translation>
    </message>
    <message>
        <source>no area has this key</source>
        <translation>nid oes gan unrhyw faes yr allwedd hon</translation>
    </message>
    <message>
        <source>no stage has this key</source>
        <translation>nid oes gan unrhyw gyfnod yr allwedd hon</translation>
    </message>
    <message>
        <source>not a text file; expected JSON</source>
        <translation>nid yw&apos;n ffeil destun; roedd disgwyl JSON</translation>
    </message>
    <message>
        <source>not valid JSON ({detail} at line {line} column {column})</source>
        <translation>nid yw&apos;n JSON dilys ({detail} ar linell {line} colofn {column})</translation>
    </message>
    <message>
        <source>overlaps {other} at point {point}</source>
        <translation>mae&apos;n gorgyffwrdd â {other} ar bwynt {point}</translation>
    </message>
    <message>
        <source>person {id}: changed on two laptops</source>
        <translation>person {id}: newidiwyd ar ddau liniadur</translation>
    </message>
    <message>
        <source>person {id}: it was deleted here</source>
        <translation>person {id}: cafodd ei ddileu yma</translation>
    </message>
    <message>
        <source>person {id}: reference used twice</source>
        <translation>person {id}: cyfeirnod wedi&apos;i ddefnyddio ddwywaith</translation>
    </message>
    <message>
        <source>point {point} is outside the scale</source>
        <translation>mae pwynt {point} y tu allan i&apos;r raddfa</translation>
    </message>
    <message>
        <source>point {point} is outside the scale {low}-{high}</source>
        <translation>mae pwynt {point} y tu allan i&apos;r raddfa {low}-{high}</translation>
    </message>
    <message>
        <source>reading {id}: {problem}</source>
        <translation>darlleniad {id}: {problem}</translation>
    </message>
    <message>
        <source>service key</source>
        <translation>allwedd gwasanaeth</translation>
    </message>
    <message>
        <source>skipped this time. {why}</source>
        <translation>wedi&apos;i hepgor y tro hwn. {why}</translation>
    </message>
    <message>
        <source>starapp is not allowed to write in {folder}. Choose another folder or fix its permissions.</source>
        <translation>Nid oes gan starapp ganiatâd i ysgrifennu yn {folder}. Dewiswch ffolder arall neu cywirwch ei chaniatâd.</translation>
    </message>
    <message>
        <source>the area &apos;{area}&apos; cannot be marked not applicable like this</source>
        <translation>ni ellir marcio&apos;r maes &apos;{area}&apos; yn amherthnasol fel hyn</translation>
    </message>
    <message>
        <source>the area &apos;{area}&apos; is scored twice</source>
        <translation>mae&apos;r maes &apos;{area}&apos; wedi&apos;i sgorio ddwywaith</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>nid yw&apos;r ffeil yn bodoli</translation>
    </message>
    <message>
        <source>the file is empty; expected JSON</source>
        <translation>mae&apos;r ffeil yn wag; roedd disgwyl JSON</translation>
    </message>
    <message>
        <source>the own score {value} for &apos;{area}&apos; is outside {low}-{high}</source>
        <translation>mae sgôr y person ei hun, {value}, ar gyfer &apos;{area}&apos; y tu allan i {low}-{high}</translation>
    </message>
    <message>
        <source>the score {value} for &apos;{area}&apos; is outside {low}-{high}</source>
        <translation>mae&apos;r sgôr {value} ar gyfer &apos;{area}&apos; y tu allan i {low}-{high}</translation>
    </message>
    <message>
        <source>there is a gap in the scale: no stage covers point {points}</source>
        <translation>mae bwlch yn y raddfa: nid oes cyfnod yn cynnwys pwynt {points}</translation>
    </message>
    <message>
        <source>there is a gap in the scale: no stage covers points {points}</source>
        <translation>mae bwlch yn y raddfa: nid oes cyfnod yn cynnwys pwyntiau {points}</translation>
    </message>
    <message>
        <source>this data file already has a different &apos;{key}&apos; version {version}; raise the version number</source>
        <translation>mae gan y ffeil ddata hon fersiwn {version} wahanol o &apos;{key}&apos; eisoes; codwch rif y fersiwn</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>ffolder yw hon, nid ffeil</translation>
    </message>
    <message>
        <source>{count} area(s) have no score and are not marked not applicable.</source>
        <translation>Nid oes sgôr gan rai meysydd ({count}) ac nid ydynt wedi&apos;u marcio&apos;n amherthnasol.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>Ni ellir darllen {file} ({reason}).</translation>
    </message>
    <message>
        <source>{file} is too large to be a starapp bundle ({size} bytes).</source>
        <translation>Mae {file} yn rhy fawr i fod yn fwndel starapp ({size} beit).</translation>
    </message>
    <message>
        <source>{first} (and {more} more problems)</source>
        <translation>{first} (a {more} problem arall)</translation>
    </message>
    <message>
        <source>{folder} holds (or is inside the folder of) the live data file. Choose a different folder, so a cloud drive never copies the database itself.</source>
        <translation>Mae {folder} yn dal y ffeil ddata fyw, neu mae y tu mewn i&apos;w ffolder hi. Dewiswch ffolder wahanol, fel na fydd gyriant cwmwl byth yn copïo&apos;r gronfa ddata ei hun.</translation>
    </message>
    <message>
        <source>{folder} is not a folder; choose an existing folder for the report.</source>
        <translation>Nid yw {folder} yn ffolder; dewiswch ffolder sy&apos;n bodoli ar gyfer yr adroddiad.</translation>
    </message>
    <message>
        <source>{key} is also used by {other}</source>
        <translation>mae {other} hefyd yn defnyddio {key}</translation>
    </message>
    <message>
        <source>{laptop} is the start of {count} laptops&apos; ids; give more of the id.</source>
        <translation>{laptop} yw dechrau dynodyddion {count} gliniadur; rhowch fwy o&apos;r dynodydd.</translation>
    </message>
    <message>
        <source>{name} is not a locale code like cy or cy_GB</source>
        <translation>nid yw {name} yn god iaith fel cy neu cy_GB</translation>
    </message>
    <message>
        <source>{name} is not a point number from 0 to 10</source>
        <translation>nid yw {name} yn rhif pwynt o 0 i 10</translation>
    </message>
    <message>
        <source>{n} bundle(s) clash with a different file on a target.</source>
        <translation>Bwndeli sy&apos;n gwrthdaro â ffeil wahanol ar gyrchfan: {n}.</translation>
    </message>
    <message>
        <source>{path} already exists with different content. Move it away, then choose Try again.</source>
        <translation>Mae {path} yn bodoli eisoes gyda chynnwys gwahanol. Symudwch ef i rywle arall, yna dewiswch Rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>{path} already exists. A new key pair would lock out the bundles made for the old one; choose another folder.</source>
        <translation>Mae {path} yn bodoli eisoes. Byddai pâr allweddi newydd yn rhwystro agor y bwndeli a wnaed ar gyfer yr hen un; dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>{path} could not be replaced; if it is open in another program (such as a spreadsheet), close it and try again, or choose another name.</source>
        <translation>Nid oedd modd disodli {path}; os yw ar agor mewn rhaglen arall (megis taenlen), caewch hi a rhowch gynnig arall arni, neu dewiswch enw arall.</translation>
    </message>
    <message>
        <source>{path} is a database, but not a starapp data file. Choose the file that starapp created.</source>
        <translation>Cronfa ddata yw {path}, ond nid ffeil ddata starapp. Dewiswch y ffeil a grëwyd gan starapp.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a data file. Give the path of the file.</source>
        <translation>Ffolder yw {path}, nid ffeil ddata. Rhowch lwybr y ffeil.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the report.</source>
        <translation>Ffolder yw {path}; rhowch enw ffeil ar gyfer yr adroddiad.</translation>
    </message>
    <message>
        <source>{path} is already encrypted.</source>
        <translation>Mae {path} eisoes wedi&apos;i hamgryptio.</translation>
    </message>
    <message>
        <source>{path} is empty, so it is not a starapp data file.</source>
        <translation>Mae {path} yn wag, felly nid yw&apos;n ffeil ddata starapp.</translation>
    </message>
    <message>
        <source>{path} is encrypted, but its key file {key_file} is missing. Put the key file back beside it, or open it with its recovery key.</source>
        <translation>Mae {path} wedi&apos;i hamgryptio, ond mae ei ffeil allwedd {key_file} ar goll. Rhowch y ffeil allwedd yn ôl wrth ei hochr, neu agorwch hi gyda&apos;i hallwedd adfer.</translation>
    </message>
    <message>
        <source>{path} is encrypted. Enter its passphrase to open it.</source>
        <translation>Mae {path} wedi&apos;i hamgryptio. Rhowch ei chyfrinymadrodd i&apos;w hagor.</translation>
    </message>
    <message>
        <source>{path} is not a starapp data file. Choose the file that starapp created. (If it is an encrypted one whose key file {name}.key is missing, open it with its recovery key.)</source>
        <translation>Nid yw {path} yn ffeil ddata starapp. Dewiswch y ffeil a grëwyd gan starapp. (Os yw&apos;n ffeil wedi&apos;i hamgryptio a&apos;i ffeil allwedd {name}.key ar goll, agorwch hi gyda&apos;i hallwedd adfer.)</translation>
    </message>
    <message>
        <source>{path} is not encrypted, so it has no passphrase to change.</source>
        <translation>Nid yw {path} wedi&apos;i hamgryptio, felly nid oes ganddi gyfrinymadrodd i&apos;w newid.</translation>
    </message>
    <message>
        <source>{path} is not encrypted, so it has no passphrase to reset.</source>
        <translation>Nid yw {path} wedi&apos;i hamgryptio, felly nid oes ganddi gyfrinymadrodd i&apos;w ailosod.</translation>
    </message>
    <message>
        <source>{path} is not encrypted.</source>
        <translation>Nid yw {path} wedi&apos;i hamgryptio.</translation>
    </message>
    <message>
        <source>{path} is open in starapp or another program. Close it and try again; nothing was changed.</source>
        <translation>Mae {path} ar agor yn starapp neu mewn rhaglen arall. Caewch hi a rhowch gynnig arall arni; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{path} still has changes in {wal} (is starapp using it?). Close starapp, open the file once, and try again; nothing was changed.</source>
        <translation>Mae newidiadau i {path} yn {wal} o hyd (a yw starapp yn ei defnyddio?). Caewch starapp, agorwch y ffeil unwaith, a rhowch gynnig arall arni; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of starapp (data format {version}; this app knows up to {known}). Update starapp to open it; the file has not been changed.</source>
        <translation>Cafodd {path} ei hysgrifennu gan fersiwn fwy newydd o starapp (fformat data {version}; mae&apos;r ap hwn yn deall hyd at {known}). Diweddarwch starapp i&apos;w hagor; nid yw&apos;r ffeil wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>{problem}, not {found}</source>
        <translation>{problem}, nid {found}</translation>
    </message>
    <message>
        <source>{source} does not hold a valid service key (an age public key starting &apos;age1&apos;). Ask the manager for the service&apos;s .recipient file.</source>
        <translation>Nid oes allwedd gwasanaeth ddilys yn {source} (allwedd gyhoeddus age sy&apos;n dechrau &apos;age1&apos;). Gofynnwch i&apos;r rheolwr am ffeil .recipient y gwasanaeth.</translation>
    </message>
    <message>
        <source>{source} holds no service identity.</source>
        <translation>Nid oes hunaniaeth gwasanaeth yn {source}.</translation>
    </message>
    <message>
        <source>{source} holds no service key.</source>
        <translation>Nid oes allwedd gwasanaeth yn {source}.</translation>
    </message>
    <message>
        <source>{source} holds the service&apos;s PRIVATE identity, not the public key. Give the laptop the .recipient file instead, and keep the identity file safe.</source>
        <translation>Mae {source} yn dal hunaniaeth BREIFAT y gwasanaeth, nid yr allwedd gyhoeddus. Rhowch y ffeil .recipient i&apos;r gliniadur yn lle hynny, a chadwch y ffeil hunaniaeth yn ddiogel.</translation>
    </message>
    <message>
        <source>{source} is not a service identity file (a private age key starting &apos;AGE-SECRET-KEY-1&apos;). Choose the .identity file made with the key pair.</source>
        <translation>Nid yw {source} yn ffeil hunaniaeth gwasanaeth (allwedd age breifat sy&apos;n dechrau &apos;AGE-SECRET-KEY-1&apos;). Dewiswch y ffeil .identity a wnaed gyda&apos;r pâr allweddi.</translation>
    </message>
    <message>
        <source>{source}: {field}: {problem}</source>
        <translation>{source}: {field}: {problem}</translation>
    </message>
    <message>
        <source>{source}: {problem}</source>
        <translation>{source}: {problem}</translation>
    </message>
    <message>
        <source>{target}: {problem}</source>
        <translation>{target}: {problem}</translation>
    </message>
    <message>
        <source>{value} is not a colour like #3A7D44</source>
        <translation>nid yw {value} yn lliw fel #3A7D44</translation>
    </message>
    <message>
        <source>{value} must be lower-case letters, digits, - or _</source>
        <translation>rhaid i {value} fod yn llythrennau bach, digidau, - neu _</translation>
    </message>
    <message>
        <source>{what}, and this service asks for consent before a reading, so no reading was started. If they agree, record their consent to keep their record in their details (Edit details, Ctrl+E), then start the reading.</source>
        <translation>{what}, ac mae&apos;r gwasanaeth hwn yn gofyn am ganiatâd cyn darlleniad, felly ni ddechreuwyd darlleniad. Os ydynt yn cytuno, cofnodwch eu caniatâd i gadw eu cofnod yn eu manylion (Golygu manylion, Ctrl+E), yna dechreuwch y darlleniad.</translation>
    </message>
    <message>
        <source>{who} did not give consent</source>
        <translation>Ni roddodd {who} ganiatâd</translation>
    </message>
    <message>
        <source>{who} has no consent recorded</source>
        <translation>Nid oes caniatâd wedi&apos;i gofnodi ar gyfer {who}</translation>
    </message>
    <message>
        <source>{who} withdrew their consent on {date}</source>
        <translation>Tynnodd {who} eu caniatâd yn ôl ar {date}</translation>
    </message>
    <message>
        <source>{who}&apos;s consent does not cover keeping their record</source>
        <translation>Nid yw caniatâd {who} yn cynnwys cadw eu cofnod</translation>
    </message>
    <message>
        <source>“{text}” is not a web address. Type the full URL, starting with https://, for example https://cloud.example.org/remote.php/dav/files/alice/starapp</source>
        <translation>Nid yw “{text}” yn gyfeiriad gwe. Teipiwch yr URL llawn, gan ddechrau gyda https://, er enghraifft https://cloud.example.org/remote.php/dav/files/alice/starapp</translation>
    </message>
</context>
<context>
    <name>FingerprintCheck</name>
    <message>
        <source>Check the service key</source>
        <translation>Gwirio allwedd y gwasanaeth</translation>
    </message>
    <message>
        <source>Phone your manager and ask them to read out the service key&apos;s fingerprint. Compare it with the one below, group by group.</source>
        <translation>Ffoniwch eich rheolwr a gofynnwch iddyn nhw ddarllen olion bysedd allwedd y gwasanaeth yn uchel. Cymharwch nhw â&apos;r rhai isod, grŵp wrth grŵp.</translation>
    </message>
    <message>
        <source>Does the manager read out the same fingerprint?</source>
        <translation>Ydy&apos;r rheolwr yn darllen yr un olion bysedd?</translation>
    </message>
    <message>
        <source>From the file {name}:</source>
        <translation>O&apos;r ffeil {name}:</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Allwedd adfer:</translation>
    </message>
    <message>
        <source>&amp;Yes, the same: trust it</source>
        <translation>&amp;Ydy, yr un fath: ymddiried ynddi</translation>
    </message>
    <message>
        <source>Yes, the same fingerprint: trust this key</source>
        <translation>Ydy, yr un olion bysedd: ymddiried yn yr allwedd hon</translation>
    </message>
    <message>
        <source>Encrypt every bundle from this laptop to this key</source>
        <translation>Amgryptio pob bwndel o&apos;r gliniadur hwn i&apos;r allwedd hon</translation>
    </message>
    <message>
        <source>&amp;No, it differs</source>
        <translation>&amp;Nac ydy, maen nhw&apos;n wahanol</translation>
    </message>
    <message>
        <source>No, the fingerprint differs: do not trust it</source>
        <translation>Nac ydy, mae&apos;r olion bysedd yn wahanol: peidio ag ymddiried ynddi</translation>
    </message>
    <message>
        <source>Store nothing; ask the manager for the right file</source>
        <translation>Peidio â storio dim; gofyn i&apos;r rheolwr am y ffeil gywir</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up starapp</source>
        <translation>Gosod starapp</translation>
    </message>
    <message>
        <source>&amp;Skip set-up</source>
        <translation>&amp;Hepgor y gosod</translation>
    </message>
    <message>
        <source>Skip set-up</source>
        <translation>Hepgor y gosod</translation>
    </message>
    <message>
        <source>Keep what is typed so far and start; change it in Settings</source>
        <translation>Cadw&apos;r hyn a deipiwyd hyd yma a dechrau; newidiwch ef yn y Gosodiadau</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Y cam nesaf</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>Mynd i&apos;r cam nesaf</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Y cam blaenorol</translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation>Mynd yn ôl un cam</translation>
    </message>
    <message>
        <source>Finish set-up</source>
        <translation>Gorffen y gosod</translation>
    </message>
    <message>
        <source>Save these choices and start</source>
        <translation>Cadw&apos;r dewisiadau hyn a dechrau</translation>
    </message>
    <message>
        <source>all of them ({names})</source>
        <translation>pob un ohonynt ({names})</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Sefydliad:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Eich enw:</translation>
    </message>
    <message>
        <source>Templates offered:</source>
        <translation>Templedi a gynigir:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>heb ei roi</translation>
    </message>
    <message>
        <source>later (Tools → Sync targets)</source>
        <translation>yn nes ymlaen (Offer → Cyrchfannau cysoni)</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>Cysoni:</translation>
    </message>
    <message>
        <source>The data file is encrypted with your passphrase. Keep the recovery key somewhere safe, away from this laptop.</source>
        <translation>Mae&apos;r ffeil ddata wedi&apos;i hamgryptio gyda&apos;ch cyfrinymadrodd. Cadwch yr allwedd adfer yn rhywle diogel, i ffwrdd o&apos;r gliniadur hwn.</translation>
    </message>
    <message>
        <source>The data file is not encrypted: keep only fictional people in it.</source>
        <translation>Nid yw&apos;r ffeil ddata wedi&apos;i hamgryptio: cadwch bobl ffug yn unig ynddi.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>starapp user guide</source>
        <translation>Canllaw defnyddwyr starapp</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Canllaw defnyddwyr</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>The page you were reading before (Alt+Left)</source>
        <translation>Y dudalen roeddech yn ei darllen o&apos;r blaen (Alt+Chwith)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Cynnwys</translation>
    </message>
    <message>
        <source>Back to the list of topics</source>
        <translation>Yn ôl i&apos;r rhestr o bynciau</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundles</source>
        <translation>Mewnforio bwndeli</translation>
    </message>
    <message>
        <source>Bring in the bundles that workers&apos; laptops have sent (the .zip files in the shared folder or on a USB stick). Each bundle is checked first; one that fails a check is refused whole and changes nothing. Importing the same bundle again changes nothing.</source>
        <translation>Dewch â&apos;r bwndeli y mae gliniaduron gweithwyr wedi&apos;u hanfon (y ffeiliau .zip yn y ffolder a rennir neu ar gof bach). Mae pob bwndel yn cael ei wirio yn gyntaf; mae un sy&apos;n methu gwiriad yn cael ei wrthod yn gyfan gwbl ac nid yw&apos;n newid dim. Nid yw mewnforio&apos;r un bwndel eto yn newid dim.</translation>
    </message>
    <message>
        <source>Bundles and folders to import</source>
        <translation>Bwndeli a ffolderi i&apos;w mewnforio</translation>
    </message>
    <message>
        <source>The bundles and folders chosen with the buttons</source>
        <translation>Y bwndeli a&apos;r ffolderi a ddewiswyd gyda&apos;r botymau</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ychwanegu &amp;ffeiliau…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Ychwanegu ff&amp;older…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Canlyniadau&apos;r mewnforio</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bwndel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diweddarwyd</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Heb newid</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dilëwyd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>Reasons for anything refused appear here.</source>
        <translation>Mae&apos;r rhesymau dros unrhyw beth a wrthodwyd yn ymddangos yma.</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Manylion y mewnforio</translation>
    </message>
    <message>
        <source>Why a bundle was refused, if one was</source>
        <translation>Pam y gwrthodwyd bwndel, os gwrthodwyd un</translation>
    </message>
    <message>
        <source>Show &amp;conflicts…</source>
        <translation>Dangos &amp;gwrthdaro…</translation>
    </message>
    <message>
        <source>Choose bundles to import</source>
        <translation>Dewiswch fwndeli i&apos;w mewnforio</translation>
    </message>
    <message>
        <source>starapp bundles (*.zip *.starapp-bundle.age);;All files (*)</source>
        <translation>Bwndeli starapp (*.zip *.starapp-bundle.age);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>No bundles (*.zip or *.starapp-bundle.age) were found there.</source>
        <translation>Ni chafwyd hyd i fwndeli (*.zip neu *.starapp-bundle.age) yno.</translation>
    </message>
    <message>
        <source>Choose a folder of bundles (its sub-folders are searched too)</source>
        <translation>Dewiswch ffolder o fwndeli (chwilir ei is-ffolderi hefyd)</translation>
    </message>
    <message>
        <source>Looking for bundles…</source>
        <translation>Yn chwilio am fwndeli…</translation>
    </message>
    <message>
        <source>Importing {n} of {total}: {name}</source>
        <translation>Yn mewnforio {n} o {total}: {name}</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>wedi&apos;i fewnforio eisoes</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>{file}: refused — {reason}</source>
        <translation>{file}: wedi&apos;i wrthod — {reason}</translation>
    </message>
    <message>
        <source>{file}: rejected {reason}</source>
        <translation>{file}: gwrthodwyd {reason}</translation>
    </message>
    <message>
        <source>{file}: conflict, {what}</source>
        <translation>{file}: gwrthdaro, {what}</translation>
    </message>
    <message>
        <source>Done: {imported} imported, {again} already imported, {refused} refused.</source>
        <translation>Wedi gorffen: wedi&apos;u mewnforio {imported}, wedi&apos;u mewnforio eisoes {again}, wedi&apos;u gwrthod {refused}.</translation>
    </message>
    <message>
        <source>Records: {added} added, {updated} updated, {unchanged} unchanged, {deleted} deleted, {rejected} rejected, {conflicts} conflicts.</source>
        <translation>Cofnodion: wedi&apos;u hychwanegu {added}, wedi&apos;u diweddaru {updated}, heb newid {unchanged}, wedi&apos;u dileu {deleted}, wedi&apos;u gwrthod {rejected}, gwrthdaro {conflicts}.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopio</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Show &amp;conflicts ({n})…</source>
        <translation>Dangos &amp;gwrthdaro ({n})…</translation>
    </message>
    <message>
        <source>Stopping after this bundle…</source>
        <translation>Yn stopio ar ôl y bwndel hwn…</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Service keys</source>
        <translation>Allweddi&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>Bundles carry the readings from the laptops to the manager. Encrypted to the service key, they can be read only by the manager&apos;s copy of starapp, and each is signed by the laptop that made it.</source>
        <translation>Mae bwndeli&apos;n cario&apos;r darlleniadau o&apos;r gliniaduron i&apos;r rheolwr. Wedi&apos;u hamgryptio i allwedd y gwasanaeth, dim ond copi&apos;r rheolwr o starapp all eu darllen, ac mae pob un wedi&apos;i llofnodi gan y gliniadur a&apos;i gwnaeth.</translation>
    </message>
    <message>
        <source>&amp;Trust a service key file…</source>
        <translation>&amp;Ymddiried mewn ffeil allwedd gwasanaeth…</translation>
    </message>
    <message>
        <source>Trust a service key file</source>
        <translation>Ymddiried mewn ffeil allwedd gwasanaeth</translation>
    </message>
    <message>
        <source>Choose the .recipient file from your manager and check its fingerprint</source>
        <translation>Dewiswch y ffeil .recipient gan eich rheolwr a gwirio ei holion bysedd</translation>
    </message>
    <message>
        <source>This laptop&apos;s bundles</source>
        <translation>Bwndeli&apos;r gliniadur hwn</translation>
    </message>
    <message>
        <source>Keep the identity file safe and private (for example on a USB stick in the office safe): if it is lost and this data file with it, nobody can read the bundles encrypted to the key.</source>
        <translation>Cadwch y ffeil hunaniaeth yn ddiogel ac yn breifat (er enghraifft ar gof bach yn sêff y swyddfa): os caiff ei cholli, a&apos;r ffeil ddata hon gyda hi, ni all neb ddarllen y bwndeli a amgryptiwyd i&apos;r allwedd.</translation>
    </message>
    <message>
        <source>&amp;Create the service key…</source>
        <translation>&amp;Creu allwedd y gwasanaeth…</translation>
    </message>
    <message>
        <source>Create the service key</source>
        <translation>Creu allwedd y gwasanaeth</translation>
    </message>
    <message>
        <source>Make the service&apos;s key pair; choose a folder for the private identity file</source>
        <translation>Gwneud pâr allweddi&apos;r gwasanaeth; dewis ffolder ar gyfer y ffeil hunaniaeth breifat</translation>
    </message>
    <message>
        <source>&amp;Export the public key file…</source>
        <translation>A&amp;llforio&apos;r ffeil allwedd gyhoeddus…</translation>
    </message>
    <message>
        <source>Export the public key file</source>
        <translation>Allforio&apos;r ffeil allwedd gyhoeddus</translation>
    </message>
    <message>
        <source>Save the .recipient file to give to every worker&apos;s laptop</source>
        <translation>Cadw&apos;r ffeil .recipient i&apos;w rhoi i liniadur pob gweithiwr</translation>
    </message>
    <message>
        <source>&amp;Import an identity file…</source>
        <translation>&amp;Mewnforio ffeil hunaniaeth…</translation>
    </message>
    <message>
        <source>Import an identity file</source>
        <translation>Mewnforio ffeil hunaniaeth</translation>
    </message>
    <message>
        <source>Keep an existing service identity file in this data file</source>
        <translation>Cadw ffeil hunaniaeth gwasanaeth sy&apos;n bodoli eisoes yn y ffeil ddata hon</translation>
    </message>
    <message>
        <source>Manager: the service key</source>
        <translation>Rheolwr: allwedd y gwasanaeth</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cau&apos;r ffenestr hon</translation>
    </message>
    <message>
        <source>Every bundle from this laptop is encrypted to the service key:</source>
        <translation>Mae pob bwndel o&apos;r gliniadur hwn wedi&apos;i amgryptio i allwedd y gwasanaeth:</translation>
    </message>
    <message>
        <source>Bundles from this laptop are not encrypted yet. Ask your manager for the service key file (it ends in .recipient), then choose Trust a service key file.</source>
        <translation>Nid yw bwndeli o&apos;r gliniadur hwn wedi&apos;u hamgryptio eto. Gofynnwch i&apos;ch rheolwr am ffeil allwedd y gwasanaeth (mae&apos;n gorffen gyda .recipient), yna dewiswch Ymddiried mewn ffeil allwedd gwasanaeth.</translation>
    </message>
    <message>
        <source>This laptop signs its bundles with the key {fp}.</source>
        <translation>Mae&apos;r gliniadur hwn yn llofnodi ei fwndeli gyda&apos;r allwedd {fp}.</translation>
    </message>
    <message>
        <source>This data file holds the service key, so imports open encrypted bundles by themselves. Its fingerprint:</source>
        <translation>Mae&apos;r ffeil ddata hon yn dal allwedd y gwasanaeth, felly mae mewnforion yn agor bwndeli wedi&apos;u hamgryptio ar eu pen eu hunain. Ei holion bysedd:</translation>
    </message>
    <message>
        <source>This data file holds no service key. Only the manager&apos;s copy needs one: create it once for the whole service.</source>
        <translation>Nid yw&apos;r ffeil ddata hon yn dal allwedd gwasanaeth. Dim ond copi&apos;r rheolwr sydd angen un: crëwch hi unwaith ar gyfer y gwasanaeth cyfan.</translation>
    </message>
    <message>
        <source>Choose the service key file from your manager</source>
        <translation>Dewiswch ffeil allwedd y gwasanaeth gan eich rheolwr</translation>
    </message>
    <message>
        <source>Service key files (*.recipient);;All files (*)</source>
        <translation>Ffeiliau allwedd gwasanaeth (*.recipient);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Encrypting this laptop&apos;s bundles to the key…</source>
        <translation>Wrthi&apos;n amgryptio bwndeli&apos;r gliniadur hwn i&apos;r allwedd…</translation>
    </message>
    <message>
        <source>Choose a safe folder for the service&apos;s private identity file</source>
        <translation>Dewiswch ffolder ddiogel ar gyfer ffeil hunaniaeth breifat y gwasanaeth</translation>
    </message>
    <message>
        <source>Saved the private identity file {identity} (keep it safe) and the public key file {recipient} (give it to every worker&apos;s laptop).</source>
        <translation>Cadwyd y ffeil hunaniaeth breifat {identity} (cadwch hi&apos;n ddiogel) a&apos;r ffeil allwedd gyhoeddus {recipient} (rhowch hi i liniadur pob gweithiwr).</translation>
    </message>
    <message>
        <source>Save the service key file for the laptops</source>
        <translation>Cadw ffeil allwedd y gwasanaeth ar gyfer y gliniaduron</translation>
    </message>
    <message>
        <source>Service key files (*.recipient)</source>
        <translation>Ffeiliau allwedd gwasanaeth (*.recipient)</translation>
    </message>
    <message>
        <source>Saved {path}: give it to every worker&apos;s laptop.</source>
        <translation>Cadwyd {path}: rhowch hi i liniadur pob gweithiwr.</translation>
    </message>
    <message>
        <source>Choose the service identity file</source>
        <translation>Dewiswch ffeil hunaniaeth y gwasanaeth</translation>
    </message>
    <message>
        <source>Service identity files (*.identity);;All files (*)</source>
        <translation>Ffeiliau hunaniaeth gwasanaeth (*.identity);;Pob ffeil (*)</translation>
    </message>
</context>
<context>
    <name>LaptopConfirm</name>
    <message>
        <source>Stop accepting bundles from this laptop?</source>
        <translation>Peidio â derbyn bwndeli o&apos;r gliniadur hwn?</translation>
    </message>
    <message>
        <source>Accept bundles from this laptop again?</source>
        <translation>Derbyn bwndeli o&apos;r gliniadur hwn eto?</translation>
    </message>
    <message>
        <source>It signs its bundles with the key:</source>
        <translation>Mae&apos;n llofnodi ei fwndeli gyda&apos;r allwedd:</translation>
    </message>
    <message>
        <source>&amp;Why (optional, for the record):</source>
        <translation>&amp;Pam (dewisol, ar gyfer y cofnod):</translation>
    </message>
    <message>
        <source>for example: lost on the bus, 3 March</source>
        <translation>er enghraifft: ar goll ar y bws, 3 Mawrth</translation>
    </message>
    <message>
        <source>Why its bundles are refused</source>
        <translation>Pam mae ei fwndeli&apos;n cael eu gwrthod</translation>
    </message>
    <message>
        <source>Kept with the laptop in this file; optional</source>
        <translation>Yn cael ei gadw gyda&apos;r gliniadur yn y ffeil hon; dewisol</translation>
    </message>
    <message>
        <source>&amp;Stop accepting its bundles</source>
        <translation>Peidio â &amp;derbyn ei fwndeli</translation>
    </message>
    <message>
        <source>Stop accepting bundles from this laptop</source>
        <translation>Peidio â derbyn bwndeli o&apos;r gliniadur hwn</translation>
    </message>
    <message>
        <source>Refuse every bundle from this laptop from now on</source>
        <translation>Gwrthod pob bwndel o&apos;r gliniadur hwn o hyn ymlaen</translation>
    </message>
    <message>
        <source>Accept them again only if the laptop is back with its worker. Bundles it sent meanwhile are imported when you import them again.</source>
        <translation>Derbyniwch nhw eto dim ond os yw&apos;r gliniadur yn ôl gyda&apos;i weithiwr. Mae bwndeli a anfonodd yn y cyfamser yn cael eu mewnforio pan fyddwch yn eu mewnforio eto.</translation>
    </message>
    <message>
        <source>&amp;Accept its bundles again</source>
        <translation>&amp;Derbyn ei fwndeli eto</translation>
    </message>
    <message>
        <source>Accept bundles from this laptop again</source>
        <translation>Derbyn bwndeli o&apos;r gliniadur hwn eto</translation>
    </message>
    <message>
        <source>Import this laptop&apos;s bundles again from now on</source>
        <translation>Mewnforio bwndeli&apos;r gliniadur hwn eto o hyn ymlaen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Change nothing</source>
        <translation>Peidio â newid dim</translation>
    </message>
    <message>
        <source>Laptop {laptop}, used by {worker}</source>
        <translation>Gliniadur {laptop}, a ddefnyddir gan {worker}</translation>
    </message>
    <message>
        <source>Laptop {laptop}</source>
        <translation>Gliniadur {laptop}</translation>
    </message>
    <message>
        <source>From now on every bundle from this laptop is refused, encrypted or not, so whoever has it can add or change nothing in this file. What it sent before stays. Readings on it that were not sent yet arrive only if you accept it again.</source>
        <translation>O hyn ymlaen mae pob bwndel o&apos;r gliniadur hwn yn cael ei wrthod, wedi&apos;i amgryptio neu beidio, felly ni all pwy bynnag sydd ag ef ychwanegu na newid dim yn y ffeil hon. Mae&apos;r hyn a anfonodd o&apos;r blaen yn aros. Dim ond os byddwch yn ei dderbyn eto y bydd darlleniadau arno nad ydynt wedi&apos;u hanfon eto yn cyrraedd.</translation>
    </message>
    <message>
        <source>Its bundles have been refused since {date} ({by}: {reason}).</source>
        <translation>Mae ei fwndeli wedi cael eu gwrthod ers {date} ({by}: {reason}).</translation>
    </message>
    <message>
        <source>Its bundles have been refused since {date} ({by}).</source>
        <translation>Mae ei fwndeli wedi cael eu gwrthod ers {date} ({by}).</translation>
    </message>
</context>
<context>
    <name>LaptopsBox</name>
    <message>
        <source>Manager: laptops sending bundles</source>
        <translation>Rheolwr: gliniaduron sy&apos;n anfon bwndeli</translation>
    </message>
    <message>
        <source>If a laptop is lost, stolen or retired, stop accepting its bundles: whoever has it can then add or change nothing in this file. What it sent before stays.</source>
        <translation>Os yw gliniadur ar goll, wedi&apos;i ddwyn neu wedi&apos;i dynnu o wasanaeth, peidiwch â derbyn ei fwndeli: yna ni all pwy bynnag sydd ag ef ychwanegu na newid dim yn y ffeil hon. Mae&apos;r hyn a anfonodd o&apos;r blaen yn aros.</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Gliniadur</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Defnyddir gan</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Allwedd llofnodi</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Gwelwyd gyntaf</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Mewnforio diwethaf</translation>
    </message>
    <message>
        <source>Its bundles</source>
        <translation>Ei fwndeli</translation>
    </message>
    <message>
        <source>Laptops sending bundles to this file</source>
        <translation>Gliniaduron sy&apos;n anfon bwndeli i&apos;r ffeil hon</translation>
    </message>
    <message>
        <source>Choose a laptop with the arrow keys, then say whether to accept its bundles</source>
        <translation>Dewiswch liniadur gyda&apos;r bysellau saeth, yna dywedwch a ddylid derbyn ei fwndeli</translation>
    </message>
    <message>
        <source>&amp;Stop accepting bundles from this laptop…</source>
        <translation>&amp;Peidio â derbyn bwndeli o&apos;r gliniadur hwn…</translation>
    </message>
    <message>
        <source>Stop accepting bundles from this laptop</source>
        <translation>Peidio â derbyn bwndeli o&apos;r gliniadur hwn</translation>
    </message>
    <message>
        <source>For a lost, stolen or retired laptop: refuse every bundle it sends</source>
        <translation>Ar gyfer gliniadur sydd ar goll, wedi&apos;i ddwyn neu wedi&apos;i dynnu o wasanaeth: gwrthod pob bwndel y mae&apos;n ei anfon</translation>
    </message>
    <message>
        <source>&amp;Accept again…</source>
        <translation>&amp;Derbyn eto…</translation>
    </message>
    <message>
        <source>Accept bundles from this laptop again</source>
        <translation>Derbyn bwndeli o&apos;r gliniadur hwn eto</translation>
    </message>
    <message>
        <source>The laptop was found: import its bundles again</source>
        <translation>Cafwyd hyd i&apos;r gliniadur: mewnforio ei fwndeli eto</translation>
    </message>
    <message>
        <source>none (plain bundles)</source>
        <translation>dim (bwndeli plaen)</translation>
    </message>
    <message>
        <source>Refused since {date}</source>
        <translation>Yn cael eu gwrthod ers {date}</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Yn cael eu derbyn</translation>
    </message>
    <message>
        <source>never</source>
        <translation>byth</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>starapp</source>
        <translation>starapp</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>starapp is locked</source>
        <translation>Mae starapp wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>The people&apos;s details are hidden. Type the passphrase of {file} to go on.</source>
        <translation>Mae manylion y bobl wedi&apos;u cuddio. Teipiwch gyfrinymadrodd {file} i barhau.</translation>
    </message>
    <message>
        <source>The people&apos;s details are hidden. This data file ({file}) is not encrypted, so no passphrase is needed.</source>
        <translation>Mae manylion y bobl wedi&apos;u cuddio. Nid yw&apos;r ffeil ddata hon ({file}) wedi&apos;i hamgryptio, felly nid oes angen cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Person newydd…</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>&amp;Agor ffeil ddata…</translation>
    </message>
    <message>
        <source>Open the &amp;demo data</source>
        <translation>Agor y &amp;data enghreifftiol</translation>
    </message>
    <message>
        <source>&amp;Print blank star…</source>
        <translation>A&amp;rgraffu seren wag…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Cloi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation>&amp;Dod o hyd i berson</translation>
    </message>
    <message>
        <source>&amp;Edit person details…</source>
        <translation>Golygu &amp;manylion y person…</translation>
    </message>
    <message>
        <source>&amp;Archive or restore person</source>
        <translation>&amp;Archifo neu adfer person</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>Allf&amp;orio popeth am y person hwn…</translation>
    </message>
    <message>
        <source>E&amp;rase person…</source>
        <translation>Dileu&apos;r &amp;person…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Gwe&amp;ld</translation>
    </message>
    <message>
        <source>&amp;People list</source>
        <translation>&amp;Rhestr pobl</translation>
    </message>
    <message>
        <source>&amp;New reading for this person</source>
        <translation>Darlleniad &amp;newydd i&apos;r person hwn</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Adroddiadau…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Offer</translation>
    </message>
    <message>
        <source>Service &amp;keys…</source>
        <translation>Allweddi&apos;r g&amp;wasanaeth…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>Ca&amp;dw cofnodion…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Log archwilio…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>starapp &amp;Help</source>
        <translation>&amp;Cymorth starapp</translation>
    </message>
    <message>
        <source>&amp;About starapp</source>
        <translation>&amp;Ynghylch starapp</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Agor ffeil ddata</translation>
    </message>
    <message>
        <source>starapp data files (*.db *.starapp);;All files (*)</source>
        <translation>Ffeiliau data starapp (*.db *.starapp);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Making fictional demo people…</source>
        <translation>Yn gwneud pobl enghreifftiol ffug…</translation>
    </message>
    <message>
        <source>{file} — starapp</source>
        <translation>{file} — starapp</translation>
    </message>
    <message>
        <source>Data file: {file}</source>
        <translation>Ffeil ddata: {file}</translation>
    </message>
</context>
<context>
    <name>NamesPage</name>
    <message>
        <source>Welcome to starapp</source>
        <translation>Croeso i starapp</translation>
    </message>
    <message>
        <source>A few questions set starapp up for your service. Every step can be skipped, and everything can be changed later in Settings.</source>
        <translation>Mae ychydig o gwestiynau&apos;n gosod starapp ar gyfer eich gwasanaeth. Gellir hepgor pob cam, a gellir newid popeth yn nes ymlaen yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Enw&apos;r sefydliad</translation>
    </message>
    <message>
        <source>Shown on printed stars and reports</source>
        <translation>Yn cael ei ddangos ar sêr ac adroddiadau wedi&apos;u hargraffu</translation>
    </message>
    <message>
        <source>For example: Riverside Housing Trust</source>
        <translation>Er enghraifft: Ymddiriedolaeth Tai Glan yr Afon</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Filled in on new readings and kept in the record of who changed what</source>
        <translation>Yn cael ei lenwi ar ddarlleniadau newydd a&apos;i gadw yn y cofnod o bwy newidiodd beth</translation>
    </message>
    <message>
        <source>For example: Sam Jones</source>
        <translation>Er enghraifft: Sam Jones</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Eich enw:</translation>
    </message>
    <message>
        <source>Both are optional. Your name is kept with the readings you take and in the record of who changed what, never anywhere else.</source>
        <translation>Mae&apos;r ddau yn ddewisol. Mae eich enw&apos;n cael ei gadw gyda&apos;r darlleniadau rydych yn eu cymryd ac yn y cofnod o bwy newidiodd beth, a byth yn unman arall.</translation>
    </message>
</context>
<context>
    <name>NewReadingDialog</name>
    <message>
        <source>New reading</source>
        <translation>Darlleniad newydd</translation>
    </message>
    <message>
        <source>Start a new reading for {person}.</source>
        <translation>Dechrau darlleniad newydd i {person}.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Templed:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>Gweith&amp;iwr:</translation>
    </message>
    <message>
        <source>&amp;Kind of reading:</source>
        <translation>&amp;Math o ddarlleniad:</translation>
    </message>
    <message>
        <source>Who took &amp;part:</source>
        <translation>Pwy gymerodd &amp;ran:</translation>
    </message>
    <message>
        <source>&amp;Start reading</source>
        <translation>Dechrau&apos;r darll&amp;eniad</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>A file could not be used: {what}{where}. Check the file and try again.</source>
        <translation>Nid oedd modd defnyddio ffeil: {what}{where}. Gwiriwch y ffeil a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>Something went wrong and the last action did not finish. Your saved work is safe. The details have been written to the log file.</source>
        <translation>Aeth rhywbeth o&apos;i le ac ni orffennodd y weithred ddiwethaf. Mae eich gwaith sydd wedi&apos;i gadw yn ddiogel. Mae&apos;r manylion wedi&apos;u hysgrifennu i&apos;r ffeil log.</translation>
    </message>
    <message>
        <source>starapp</source>
        <translation>starapp</translation>
    </message>
</context>
<context>
    <name>PassphraseSetup</name>
    <message>
        <source>You opened {file} with its recovery key. Choose a new passphrase for it now (at least {n} characters); the recovery key stays the same.</source>
        <translation>Agoroch {file} gyda&apos;i allwedd adfer. Dewiswch gyfrinymadrodd newydd ar ei gyfer nawr (o leiaf {n} nod); mae&apos;r allwedd adfer yn aros yr un fath.</translation>
    </message>
</context>
<context>
    <name>PassphraseSetupDialog</name>
    <message>
        <source>Protect the new data file — starapp</source>
        <translation>Diogelu&apos;r ffeil ddata newydd — starapp</translation>
    </message>
    <message>
        <source>starapp keeps the people you support private: the new data file {file} is encrypted with a passphrase that only you know. Choose one of at least {n} characters; a few unrelated words are easy to remember and hard to guess.

Next you will see a recovery key to write down. {warning}</source>
        <translation>Mae starapp yn cadw&apos;r bobl rydych yn eu cefnogi yn breifat: mae&apos;r ffeil ddata newydd {file} wedi&apos;i hamgryptio gyda chyfrinymadrodd mai dim ond chi sy&apos;n ei wybod. Dewiswch un o {n} nod o leiaf; mae ychydig o eiriau digyswllt yn hawdd eu cofio ac yn anodd eu dyfalu.

Nesaf fe welwch allwedd adfer i&apos;w hysgrifennu. {warning}</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Yr un cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Dangos yr hyn rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <source>&amp;Keep this file unencrypted (demo only)</source>
        <translation>Cadw&apos;r ffeil hon &amp;heb ei hamgryptio (enghraifft yn unig)</translation>
    </message>
    <message>
        <source>Anyone who gets this file or this laptop can read everything in it. Use an unencrypted file only for fictional people, never for real ones.</source>
        <translation>Gall unrhyw un sy&apos;n cael y ffeil hon neu&apos;r gliniadur hwn ddarllen popeth sydd ynddi. Defnyddiwch ffeil heb ei hamgryptio ar gyfer pobl ffug yn unig, byth ar gyfer rhai go iawn.</translation>
    </message>
    <message>
        <source>&amp;Create the data file</source>
        <translation>&amp;Creu&apos;r ffeil ddata</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath. Teipiwch nhw eto.</translation>
    </message>
</context>
<context>
    <name>PeopleListPage</name>
    <message>
        <source>Search by reference or name</source>
        <translation>Chwilio yn ôl cyfeirnod neu enw</translation>
    </message>
    <message>
        <source>Find people by reference or name (Ctrl+F)</source>
        <translation>Dod o hyd i bobl yn ôl cyfeirnod neu enw (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Chwilio pobl</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>Show only the people of one project</source>
        <translation>Dangos pobl un prosiect yn unig</translation>
    </message>
    <message>
        <source>Key worker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Show only the people of one key worker</source>
        <translation>Dangos pobl un gweithiwr allweddol yn unig</translation>
    </message>
    <message>
        <source>Which people</source>
        <translation>Pa bobl</translation>
    </message>
    <message>
        <source>Active people, archived people or everyone</source>
        <translation>Pobl weithredol, pobl wedi&apos;u harchifo neu bawb</translation>
    </message>
    <message>
        <source>Active people</source>
        <translation>Pobl weithredol</translation>
    </message>
    <message>
        <source>Archived people</source>
        <translation>Pobl wedi&apos;u harchifo</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Ychwanegu person…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>No one matches this search and these filters.</source>
        <translation>Nid oes neb yn cyfateb i&apos;r chwiliad hwn a&apos;r hidlwyr hyn.</translation>
    </message>
    <message>
        <source>No one here yet</source>
        <translation>Neb yma eto</translation>
    </message>
    <message>
        <source>Add the first person you support to start taking star readings with them. To look around first, open the demo data: fictional people only.</source>
        <translation>Ychwanegwch y person cyntaf rydych yn ei gefnogi i ddechrau cymryd darlleniadau seren gyda nhw. I edrych o gwmpas yn gyntaf, agorwch y data enghreifftiol: pobl ffug yn unig.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>Agor y data enghreifftiol</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Pob prosiect</translation>
    </message>
    <message>
        <source>All key workers</source>
        <translation>Pob gweithiwr</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>Key worker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Darlleniadau</translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation>Darlleniad olaf</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Seren</translation>
    </message>
    <message>
        <source>The latest finalised reading</source>
        <translation>Y darlleniad terfynol diweddaraf</translation>
    </message>
    <message>
        <source>Latest reading on {date}</source>
        <translation>Darlleniad diweddaraf ar {date}</translation>
    </message>
    <message>
        <source>No finalised reading yet</source>
        <translation>Dim darlleniad terfynol eto</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Golygu person</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>A code, not a name, e.g. NS-0142</source>
        <translation>Cod, nid enw, e.e. NS-0142</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Dewisol</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Wedi&apos;i roi</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Ar lafar</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Ffurflen wedi&apos;i llofnodi</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Consent to: {what}</source>
        <translation>Caniatâd i: {what}</translation>
    </message>
    <message>
        <source>Record &amp;withdrawal…</source>
        <translation>Cofnodi &amp;tynnu&apos;n ôl…</translation>
    </message>
    <message>
        <source>Record that they take back the consent they gave</source>
        <translation>Cofnodi eu bod yn tynnu&apos;n ôl y caniatâd a roddwyd ganddynt</translation>
    </message>
    <message>
        <source>Record withdrawal of consent</source>
        <translation>Cofnodi tynnu caniatâd yn ôl</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Cyfeirnod</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Dyddiad &amp;geni</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Prosiect</translation>
    </message>
    <message>
        <source>&amp;Key worker</source>
        <translation>Gweithiwr &amp;allweddol</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>Can&amp;iatâd</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>&amp;How recorded</source>
        <translation>S&amp;ut y&apos;i cofnodwyd</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;odyn</translation>
    </message>
    <message>
        <source>They agree to</source>
        <translation>Maen nhw&apos;n cytuno i</translation>
    </message>
    <message>
        <source>A reference code is required.</source>
        <translation>Mae angen cod cyfeirnod.</translation>
    </message>
    <message>
        <source>The reference {ref} is already used by another person.</source>
        <translation>Mae&apos;r cyfeirnod {ref} eisoes yn cael ei ddefnyddio gan berson arall.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>← People</source>
        <translation>← Pobl</translation>
    </message>
    <message>
        <source>Back to the list of people (Esc)</source>
        <translation>Yn ôl i&apos;r rhestr o bobl (Esc)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Wedi&apos;i archifo</translation>
    </message>
    <message>
        <source>My star &amp;PDF…</source>
        <translation>P&amp;DF Fy Seren…</translation>
    </message>
    <message>
        <source>A page for the person to keep: their star, stages and next steps</source>
        <translation>Tudalen i&apos;r person ei chadw: eu seren, eu cyfnodau a&apos;r camau nesaf</translation>
    </message>
    <message>
        <source>E&amp;xport everything…</source>
        <translation>&amp;Allforio popeth…</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Allforio popeth am y person hwn</translation>
    </message>
    <message>
        <source>Everything held about this person, as a readable PDF and a JSON file (for a subject access request)</source>
        <translation>Popeth a gedwir am y person hwn, fel PDF darllenadwy a ffeil JSON (ar gyfer cais am wybodaeth gan y testun)</translation>
    </message>
    <message>
        <source>Erase person…</source>
        <translation>Dileu&apos;r person…</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Dileu&apos;r person hwn</translation>
    </message>
    <message>
        <source>Remove this person and everything about them for good; asks first</source>
        <translation>Tynnu&apos;r person hwn a phopeth amdanynt am byth; mae&apos;n gofyn yn gyntaf</translation>
    </message>
    <message>
        <source>Loading the chart…</source>
        <translation>Yn llwytho&apos;r siart…</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>&amp;Seren</translation>
    </message>
    <message>
        <source>&amp;Distance travelled</source>
        <translation>&amp;Pellter a deithiwyd</translation>
    </message>
    <message>
        <source>Action p&amp;lan</source>
        <translation>Cynllun gwe&amp;ithredu</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Golygu manylion…</translation>
    </message>
    <message>
        <source>Change this person&apos;s details (Ctrl+E)</source>
        <translation>Newid manylion y person hwn (Ctrl+E)</translation>
    </message>
    <message>
        <source>S&amp;cores over time</source>
        <translation>Sgorau dros ams&amp;er</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchifo</translation>
    </message>
    <message>
        <source>Bring this person back into the list</source>
        <translation>Dod â&apos;r person hwn yn ôl i&apos;r rhestr</translation>
    </message>
    <message>
        <source>Hide this person from the list; nothing is deleted</source>
        <translation>Cuddio&apos;r person hwn o&apos;r rhestr; nid oes dim yn cael ei ddileu</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <source>Project: {0}</source>
        <translation>Prosiect: {0}</translation>
    </message>
    <message>
        <source>Key worker: {0}</source>
        <translation>Gweithiwr allweddol: {0}</translation>
    </message>
    <message>
        <source>Born: {0}</source>
        <translation>Ganwyd: {0}</translation>
    </message>
    <message>
        <source>Consent: not asked yet</source>
        <translation>Caniatâd: heb ofyn eto</translation>
    </message>
    <message>
        <source>given</source>
        <translation>wedi&apos;i roi</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>Consent: {0}</source>
        <translation>Caniatâd: {0}</translation>
    </message>
</context>
<context>
    <name>PersonStarPanel</name>
    <message>
        <source>Their own view</source>
        <translation>Eu barn eu hunain</translation>
    </message>
    <message>
        <source>Hollow rings: the person&apos;s own score, where it differs from the agreed one</source>
        <translation>Cylchoedd gwag: sgôr y person ei hun, lle mae&apos;n wahanol i&apos;r un y cytunwyd arni</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Cymharu â:</translation>
    </message>
    <message>
        <source>No finished readings yet.
Start one with “New reading”.</source>
        <translation>Dim darlleniadau wedi&apos;u gorffen eto.
Dechreuwch un gyda “Darlleniad newydd”.</translation>
    </message>
    <message>
        <source>first, {date}</source>
        <translation>cyntaf, {date}</translation>
    </message>
    <message>
        <source>previous, {date}</source>
        <translation>blaenorol, {date}</translation>
    </message>
    <message>
        <source>Now: the latest reading, {date}  ·  {template}</source>
        <translation>Nawr: y darlleniad diweddaraf, {date}  ·  {template}</translation>
    </message>
    <message>
        <source>First, {date}</source>
        <translation>Cyntaf, {date}</translation>
    </message>
    <message>
        <source>Previous, {date}</source>
        <translation>Blaenorol, {date}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>{name} (version {v})</source>
        <translation>{name} (fersiwn {v})</translation>
    </message>
    <message>
        <source>S&amp;tar:</source>
        <translation>&amp;Seren:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Papur:</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A blank star for a reading done on paper, with the wording of every point. Type the reading in afterwards as a new reading with the date it was taken.</source>
        <translation>Seren wag ar gyfer darlleniad a wneir ar bapur, gyda geiriad pob pwynt. Teipiwch y darlleniad wedyn fel darlleniad newydd gyda&apos;r dyddiad y&apos;i cymerwyd.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Scores over time</source>
        <translation>Sgorau dros amser</translation>
    </message>
    <message>
        <source>One line per area; the Distance travelled tab has the same scores as a table</source>
        <translation>Un llinell i bob maes; mae gan y tab Pellter a deithiwyd yr un sgorau fel tabl</translation>
    </message>
    <message>
        <source>Areas to draw</source>
        <translation>Meysydd i&apos;w darlunio</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Pob un</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim un</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation>Meysydd:</translation>
    </message>
    <message>
        <source>One reading so far: the lines appear once there is a second.</source>
        <translation>Un darlleniad hyd yma: bydd y llinellau&apos;n ymddangos pan fydd ail un.</translation>
    </message>
    <message>
        <source>No finished readings yet.</source>
        <translation>Dim darlleniadau wedi&apos;u gorffen eto.</translation>
    </message>
    <message>
        <source>{area}
{date}: {score} of {max} — {stage}</source>
        <translation>{area}
{date}: {score} o {max} — {stage}</translation>
    </message>
    <message>
        <source>Also: {areas}</source>
        <translation>Hefyd: {areas}</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>blank-star.pdf</source>
        <translation>seren-wag.pdf</translation>
    </message>
</context>
<context>
    <name>ReadingButtons</name>
    <message>
        <source>F&amp;inish reading</source>
        <translation>Gorffen y darll&amp;eniad</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Taflu&apos;r drafft</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>Di&amp;wygio…</translation>
    </message>
    <message>
        <source>&amp;Save amendment…</source>
        <translation>C&amp;adw&apos;r diwygiad…</translation>
    </message>
    <message>
        <source>Cancel amendment</source>
        <translation>Canslo&apos;r diwygiad</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
</context>
<context>
    <name>ReadingEditor</name>
    <message>
        <source>Nothing to save</source>
        <translation>Dim i&apos;w gadw</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Nid oes dim wedi&apos;i newid eto.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>Cadwyd y drafft am {time}</translation>
    </message>
    <message>
        <source>Last change not saved</source>
        <translation>Ni chadwyd y newid diwethaf</translation>
    </message>
    <message>
        <source>Draft — saved as you go</source>
        <translation>Drafft — yn cael ei gadw wrth i chi fynd</translation>
    </message>
    <message>
        <source>Amending — changes are kept when you save</source>
        <translation>Yn diwygio — mae newidiadau&apos;n cael eu cadw pan fyddwch yn cadw</translation>
    </message>
    <message>
        <source>Finished on {date}</source>
        <translation>Gorffennwyd ar {date}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ailwneud</translation>
    </message>
</context>
<context>
    <name>ReadingHeader</name>
    <message>
        <source>Worker&apos;s name</source>
        <translation>Enw&apos;r gweithiwr</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>Gweith&amp;iwr:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Who took &amp;part:</source>
        <translation>Pwy gymerodd &amp;ran:</translation>
    </message>
    <message>
        <source>Template: {name}</source>
        <translation>Templed: {name}</translation>
    </message>
</context>
<context>
    <name>ReadingModel</name>
    <message>
        <source>change {area}</source>
        <translation>newid {area}</translation>
    </message>
</context>
<context>
    <name>ReadingsPanel</name>
    <message>
        <source>Readings</source>
        <translation>Darlleniadau</translation>
    </message>
    <message>
        <source>&amp;New reading</source>
        <translation>Darlleniad &amp;newydd</translation>
    </message>
    <message>
        <source>Latest first; Enter or a double-click opens a reading</source>
        <translation>Y diweddaraf yn gyntaf; mae Enter neu glicio ddwywaith yn agor darlleniad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Whether the reading was corrected</source>
        <translation>A gafodd y darlleniad ei gywiro</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Cyntaf</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Terfynol</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Wedi&apos;i ddiwygio</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for the amendment</source>
        <translation>Rheswm dros y diwygiad</translation>
    </message>
    <message>
        <source>Say why this reading is being corrected. The reason is kept with it.</source>
        <translation>Dywedwch pam mae&apos;r darlleniad hwn yn cael ei gywiro. Mae&apos;r rheswm yn cael ei gadw gydag ef.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>&amp;Save amendment</source>
        <translation>&amp;Cadw&apos;r diwygiad</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key — starapp</source>
        <translation>Eich allwedd adfer — starapp</translation>
    </message>
    <message>
        <source>Write down this recovery key now</source>
        <translation>Ysgrifennwch yr allwedd adfer hon nawr</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, or the key file {key} is lost, this recovery key is the only way to open {file}. Write it on paper and keep it somewhere safe away from this laptop, such as the office safe. It is shown only this once.

{warning}</source>
        <translation>Os anghofir y cyfrinymadrodd, neu os collir y ffeil allwedd {key}, yr allwedd adfer hon yw&apos;r unig ffordd o agor {file}. Ysgrifennwch hi ar bapur a&apos;i chadw yn rhywle diogel i ffwrdd o&apos;r gliniadur hwn, fel sêff y swyddfa. Dim ond y tro hwn y caiff ei dangos.

{warning}</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Rwyf wedi&apos;i &amp;hysgrifennu</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Parhau</translation>
    </message>
</context>
<context>
    <name>ReplaceKeyConfirm</name>
    <message>
        <source>Replace the service key?</source>
        <translation>Disodli allwedd y gwasanaeth?</translation>
    </message>
    <message>
        <source>This laptop already encrypts its bundles to another service key. Replace it only if your manager has told you the service has a new key.</source>
        <translation>Mae&apos;r gliniadur hwn eisoes yn amgryptio ei fwndeli i allwedd gwasanaeth arall. Disodlwch hi dim ond os yw eich rheolwr wedi dweud wrthych fod gan y gwasanaeth allwedd newydd.</translation>
    </message>
    <message>
        <source>Trusted now (old key):</source>
        <translation>Yn ymddiried ynddi nawr (yr hen allwedd):</translation>
    </message>
    <message>
        <source>New key:</source>
        <translation>Allwedd newydd:</translation>
    </message>
    <message>
        <source>Replace the old key with the new one?</source>
        <translation>Disodli&apos;r hen allwedd gyda&apos;r un newydd?</translation>
    </message>
    <message>
        <source>&amp;Replace the key</source>
        <translation>&amp;Disodli&apos;r allwedd</translation>
    </message>
    <message>
        <source>Replace the old service key with the new one</source>
        <translation>Disodli hen allwedd y gwasanaeth gyda&apos;r un newydd</translation>
    </message>
    <message>
        <source>Encrypt every bundle to the new key and send everything in this file again</source>
        <translation>Amgryptio pob bwndel i&apos;r allwedd newydd ac anfon popeth yn y ffeil hon eto</translation>
    </message>
    <message>
        <source>&amp;Keep the old key</source>
        <translation>&amp;Cadw&apos;r hen allwedd</translation>
    </message>
    <message>
        <source>Keep the old service key</source>
        <translation>Cadw hen allwedd y gwasanaeth</translation>
    </message>
    <message>
        <source>Change nothing; the bundles stay encrypted to the old key</source>
        <translation>Peidio â newid dim; mae&apos;r bwndeli&apos;n aros wedi&apos;u hamgryptio i&apos;r hen allwedd</translation>
    </message>
    <message>
        <source>The next bundle will carry everything in this file, encrypted to the new key, so the manager&apos;s copy catches up. Nothing in this file is deleted.</source>
        <translation>Bydd y bwndel nesaf yn cario popeth yn y ffeil hon, wedi&apos;i amgryptio i&apos;r allwedd newydd, fel bod copi&apos;r rheolwr yn dal i fyny. Nid oes dim yn y ffeil hon yn cael ei ddileu.</translation>
    </message>
    <message>
        <source>The bundle waiting to be sent is encrypted to the old key. One bundle carrying everything in this file, encrypted to the new key, takes its place so the manager&apos;s copy catches up. Nothing in this file is deleted.</source>
        <translation>Mae&apos;r bwndel sy&apos;n aros i gael ei anfon wedi&apos;i amgryptio i&apos;r hen allwedd. Bydd un bwndel sy&apos;n cario popeth yn y ffeil hon, wedi&apos;i amgryptio i&apos;r allwedd newydd, yn cymryd ei le fel bod copi&apos;r rheolwr yn dal i fyny. Nid oes dim yn y ffeil hon yn cael ei ddileu.</translation>
    </message>
    <message>
        <source>The {n} bundles waiting to be sent are encrypted to the old key. One bundle carrying everything in this file, encrypted to the new key, takes their place so the manager&apos;s copy catches up. Nothing in this file is deleted.</source>
        <translation>Mae&apos;r {n} bwndel sy&apos;n aros i gael eu hanfon wedi&apos;u hamgryptio i&apos;r hen allwedd. Bydd un bwndel sy&apos;n cario popeth yn y ffeil hon, wedi&apos;i amgryptio i&apos;r allwedd newydd, yn cymryd eu lle fel bod copi&apos;r rheolwr yn dal i fyny. Nid oes dim yn y ffeil hon yn cael ei ddileu.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>The table beside the charts has the same figures</source>
        <translation>Mae&apos;r un ffigurau yn y tabl wrth ymyl y siartiau</translation>
    </message>
    <message>
        <source>Mean first and latest score per area</source>
        <translation>Sgôr gymedrig gyntaf a diweddaraf fesul maes</translation>
    </message>
    <message>
        <source>Stage snapshot</source>
        <translation>Cipolwg ar y cyfnodau</translation>
    </message>
    <message>
        <source>Stages and their patterns</source>
        <translation>Y cyfnodau a&apos;u patrymau</translation>
    </message>
    <message>
        <source>First reading</source>
        <translation>Darlleniad cyntaf</translation>
    </message>
    <message>
        <source>Latest reading</source>
        <translation>Darlleniad diweddaraf</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Sgôr gymedrig</translation>
    </message>
    <message>
        <source>Stage snapshot (share of people, first / latest)</source>
        <translation>Cipolwg ar y cyfnodau (cyfran y bobl, cyntaf / diweddaraf)</translation>
    </message>
    <message>
        <source>% of people (upper bar: first, lower bar: latest)</source>
        <translation>% o&apos;r bobl (bar uchaf: cyntaf, bar isaf: diweddaraf)</translation>
    </message>
</context>
<context>
    <name>ReportFilterBar</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>BBBB-MM-DD</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Pob math</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Cyntaf</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>All readings</source>
        <translation>Pob darlleniad</translation>
    </message>
    <message>
        <source>Joint only</source>
        <translation>Ar y cyd yn unig</translation>
    </message>
    <message>
        <source>Worker-only</source>
        <translation>Y gweithiwr yn unig</translation>
    </message>
    <message>
        <source>Use the person&apos;s own scores</source>
        <translation>Defnyddio sgorau&apos;r person ei hun</translation>
    </message>
    <message>
        <source>Only people who agreed to share &amp;anonymised figures</source>
        <translation>Dim ond pobl a gytunodd i rannu ffigurau di&amp;enw</translation>
    </message>
    <message>
        <source>Only people who agreed to share anonymised figures</source>
        <translation>Dim ond pobl a gytunodd i rannu ffigurau dienw</translation>
    </message>
    <message>
        <source>Count only people whose consent, still in force, includes sharing anonymised figures. Tick it for figures that leave the service.</source>
        <translation>Cyfrif dim ond pobl y mae eu caniatâd, sy&apos;n dal mewn grym, yn cynnwys rhannu ffigurau dienw. Ticiwch hwn ar gyfer ffigurau sy&apos;n gadael y gwasanaeth.</translation>
    </message>
    <message>
        <source>Te&amp;mplate</source>
        <translation>&amp;Templed</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Prosiect</translation>
    </message>
    <message>
        <source>&amp;Key worker</source>
        <translation>Gweithiwr &amp;allweddol</translation>
    </message>
    <message>
        <source>K&amp;ind</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <source>Rea&amp;dings from</source>
        <translation>&amp;Darlleniadau o</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;i</translation>
    </message>
    <message>
        <source>At least &amp;N readings</source>
        <translation>O leiaf &amp;N darlleniad</translation>
    </message>
    <message>
        <source>&amp;Who took part</source>
        <translation>P&amp;wy gymerodd ran</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>Pob templed</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Pob prosiect</translation>
    </message>
    <message>
        <source>All key workers</source>
        <translation>Pob gweithiwr</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>← People</source>
        <translation>← Pobl</translation>
    </message>
    <message>
        <source>Service report</source>
        <translation>Adroddiad y gwasanaeth</translation>
    </message>
    <message>
        <source>&amp;Run report</source>
        <translation>&amp;Rhedeg yr adroddiad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Choose filters and press Run report.</source>
        <translation>Dewiswch hidlwyr a phwyso Rhedeg yr adroddiad.</translation>
    </message>
    <message>
        <source>Report section</source>
        <translation>Adran yr adroddiad</translation>
    </message>
    <message>
        <source>Which part of the report to show</source>
        <translation>Pa ran o&apos;r adroddiad i&apos;w dangos</translation>
    </message>
    <message>
        <source>Export {fmt}…</source>
        <translation>Allforio {fmt}…</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Beth mae&apos;r ffigurau&apos;n ei olygu</translation>
    </message>
    <message>
        <source>How each figure in the report is worked out</source>
        <translation>Sut mae pob ffigur yn yr adroddiad yn cael ei gyfrifo</translation>
    </message>
    <message>
        <source>Working out the report…</source>
        <translation>Yn cyfrifo&apos;r adroddiad…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Yn canslo…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Wedi canslo; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{people} people and {readings} readings.</source>
        <translation>Pobl: {people}. Darlleniadau: {readings}.</translation>
    </message>
    <message>
        <source>Filters used</source>
        <translation>Yr hidlwyr a ddefnyddiwyd</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Diffiniadau</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Llyfr gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Allforio&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Yn ysgrifennu {path}…</translation>
    </message>
    <message>
        <source>The report was saved to {path}.</source>
        <translation>Cadwyd yr adroddiad yn {path}.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Keeping records</source>
        <translation>Cadw cofnodion</translation>
    </message>
    <message>
        <source>People who have not had a reading for a while can be archived, and people in the archive erased for good after a while longer. Nothing happens until you press the button below and confirm.</source>
        <translation>Gellir archifo pobl nad ydynt wedi cael darlleniad ers tro, a dileu pobl yn yr archif am byth ar ôl ychydig yn hirach. Nid oes dim yn digwydd nes i chi bwyso&apos;r botwm isod a chadarnhau.</translation>
    </message>
    <message>
        <source>Archive after months without a reading</source>
        <translation>Archifo ar ôl misoedd heb ddarlleniad</translation>
    </message>
    <message>
        <source>Archive people with no reading for this many months; Never turns it off</source>
        <translation>Archifo pobl heb ddarlleniad ers y nifer hwn o fisoedd; mae Byth yn ei ddiffodd</translation>
    </message>
    <message>
        <source>Erase after months in the archive</source>
        <translation>Dileu ar ôl misoedd yn yr archif</translation>
    </message>
    <message>
        <source>Erase people who have been archived this long; Never turns it off</source>
        <translation>Dileu pobl sydd wedi&apos;u harchifo cyhyd â hyn; mae Byth yn ei ddiffodd</translation>
    </message>
    <message>
        <source>&amp;Archive people with no reading for</source>
        <translation>&amp;Archifo pobl heb ddarlleniad ers</translation>
    </message>
    <message>
        <source>&amp;Erase archived people after</source>
        <translation>&amp;Dileu pobl wedi&apos;u harchifo ar ôl</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation>Darlleniad olaf</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Beth fydd yn digwydd</translation>
    </message>
    <message>
        <source>People who would be archived or erased</source>
        <translation>Pobl a fyddai&apos;n cael eu harchifo neu eu dileu</translation>
    </message>
    <message>
        <source>Who the settings above would archive or erase today</source>
        <translation>Pwy fyddai&apos;r gosodiadau uchod yn eu harchifo neu&apos;n eu dileu heddiw</translation>
    </message>
    <message>
        <source>Archiving and erasing</source>
        <translation>Archifo a dileu</translation>
    </message>
    <message>
        <source>Archive and erase &amp;now…</source>
        <translation>Archifo a dileu &amp;nawr…</translation>
    </message>
    <message>
        <source>Archive and erase now</source>
        <translation>Archifo a dileu nawr</translation>
    </message>
    <message>
        <source>Save these settings, then archive and erase the people listed</source>
        <translation>Cadw&apos;r gosodiadau hyn, yna archifo a dileu&apos;r bobl a restrir</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Cadw&apos;r gosodiadau</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Cadw&apos;r gosodiadau</translation>
    </message>
    <message>
        <source>Keep these settings without archiving anyone now</source>
        <translation>Cadw&apos;r gosodiadau hyn heb archifo neb nawr</translation>
    </message>
    <message>
        <source>Close without saving the settings</source>
        <translation>Cau heb gadw&apos;r gosodiadau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mis</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Dim eto</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archifo</translation>
    </message>
    <message>
        <source>Erase for good (archived {day})</source>
        <translation>Dileu am byth (archifwyd {day})</translation>
    </message>
    <message>
        <source>Nobody is due today.</source>
        <translation>Nid oes neb i&apos;w archifo na&apos;i ddileu heddiw.</translation>
    </message>
    <message>
        <source>Today: {archive} to archive, {erase} to erase for good.</source>
        <translation>Heddiw: {archive} i&apos;w harchifo, {erase} i&apos;w dileu am byth.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} o bobl</translation>
    </message>
    <message>
        <source>This archives {archive} and erases {erase} for good.</source>
        <translation>Mae hyn yn archifo {archive} ac yn dileu {erase} am byth.</translation>
    </message>
    <message>
        <source>Erasing removes everything about them from this laptop, and from the manager&apos;s copy after the next sync. It cannot be undone.</source>
        <translation>Mae dileu yn tynnu popeth amdanynt oddi ar y gliniadur hwn, ac o gopi&apos;r rheolwr ar ôl y cysoni nesaf. Ni ellir ei ddadwneud.</translation>
    </message>
    <message>
        <source>Archive and erase now?</source>
        <translation>Archifo a dileu nawr?</translation>
    </message>
    <message>
        <source>Archive and erase</source>
        <translation>Archifo a dileu</translation>
    </message>
    <message>
        <source>Archive and erase the people listed</source>
        <translation>Archifo a dileu&apos;r bobl a restrir</translation>
    </message>
    <message>
        <source>Done: {archived} archived and {erased} erased.</source>
        <translation>Wedi gorffen: wedi&apos;u harchifo {archived}, wedi&apos;u dileu {erased}.</translation>
    </message>
</context>
<context>
    <name>RetentionReminder</name>
    <message>
        <source>People due for retention</source>
        <translation>Pobl y mae eu cofnodion yn barod i&apos;w harchifo neu eu dileu</translation>
    </message>
    <message>
        <source>The service&apos;s retention rules (Settings → Privacy) say these people&apos;s records are due to be archived or erased. Nothing changes until you review the list and apply it.</source>
        <translation>Mae rheolau cadw cofnodion y gwasanaeth (Gosodiadau → Preifatrwydd) yn dweud ei bod yn bryd archifo neu ddileu cofnodion y bobl hyn. Does dim yn newid nes i chi adolygu&apos;r rhestr a&apos;i rhoi ar waith.</translation>
    </message>
    <message>
        <source>Retention: {archive} to archive, {erase} to erase…</source>
        <translation>Cadw cofnodion: {archive} i&apos;w harchifo, {erase} i&apos;w dileu…</translation>
    </message>
    <message>
        <source>Retention: {archive} to archive…</source>
        <translation>Cadw cofnodion: {archive} i&apos;w harchifo…</translation>
    </message>
    <message>
        <source>Retention: {erase} to erase…</source>
        <translation>Cadw cofnodion: {erase} i&apos;w dileu…</translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <source>No note</source>
        <translation>Dim nodyn</translation>
    </message>
</context>
<context>
    <name>ScoreRow</name>
    <message>
        <source>Not scored</source>
        <translation>Heb sgôr</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Amherthnasol</translation>
    </message>
    <message>
        <source>Score for {area}</source>
        <translation>Sgôr ar gyfer {area}</translation>
    </message>
    <message>
        <source>Their own score, if different:</source>
        <translation>Eu sgôr eu hunain, os yw&apos;n wahanol:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei chofnodi</translation>
    </message>
    <message>
        <source>The person&apos;s own score for {area}</source>
        <translation>Sgôr y person ei hun ar gyfer {area}</translation>
    </message>
    <message>
        <source>Where the person sees this area differently, record their own score here. Reports use the agreed score.</source>
        <translation>Lle mae&apos;r person yn gweld y maes hwn yn wahanol, cofnodwch ei sgôr ei hun yma. Mae adroddiadau&apos;n defnyddio&apos;r sgôr y cytunwyd arni.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nodyn:</translation>
    </message>
    <message>
        <source>Note for {area}</source>
        <translation>Nodyn ar gyfer {area}</translation>
    </message>
    <message>
        <source>What was said about this area (optional)</source>
        <translation>Beth a ddywedwyd am y maes hwn (dewisol)</translation>
    </message>
    <message>
        <source>This area does not apply.</source>
        <translation>Nid yw&apos;r maes hwn yn berthnasol.</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Heb sgôr eto</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — starapp</source>
        <translation>Gosodiadau — starapp</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Adrannau&apos;r gosodiadau</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Sefydliad</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Templedi</translation>
    </message>
    <message>
        <source>Sec&amp;urity</source>
        <translation>&amp;Diogelwch</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>&amp;Arddangos</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Preifatrwydd</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Save the settings on every tab</source>
        <translation>Cadw&apos;r gosodiadau ar bob tab</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cau heb gadw</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Enw&apos;r sefydliad</translation>
    </message>
    <message>
        <source>Shown on printed stars and reports</source>
        <translation>Yn cael ei ddangos ar sêr ac adroddiadau wedi&apos;u hargraffu</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Filled in on new readings and kept in the record of who changed what</source>
        <translation>Yn cael ei lenwi ar ddarlleniadau newydd a&apos;i gadw yn y cofnod o bwy newidiodd beth</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>Se&amp;fydliad:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Eich enw:</translation>
    </message>
    <message>
        <source>These are kept in the data file, so they stay with it when it is opened on another laptop.</source>
        <translation>Mae&apos;r rhain yn cael eu cadw yn y ffeil ddata, felly maen nhw&apos;n aros gyda hi pan gaiff ei hagor ar liniadur arall.</translation>
    </message>
    <message>
        <source>Tick the templates offered when a reading starts.</source>
        <translation>Ticiwch y templedi a gynigir pan fydd darlleniad yn dechrau.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Cloi ar ôl y nifer hwn o funudau segur</translation>
    </message>
    <message>
        <source>Hide everyone&apos;s details after this long without use (0: never)</source>
        <translation>Cuddio manylion pawb ar ôl cyhyd â hyn heb ddefnydd (0: byth)</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Newid y cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this file</source>
        <translation>Dewis cyfrinymadrodd newydd ar gyfer y ffeil hon</translation>
    </message>
    <message>
        <source>This data file is not encrypted</source>
        <translation>Nid yw&apos;r ffeil ddata hon wedi&apos;i hamgryptio</translation>
    </message>
    <message>
        <source>This data file is not encrypted, so it has no passphrase.</source>
        <translation>Nid yw&apos;r ffeil ddata hon wedi&apos;i hamgryptio, felly nid oes ganddi gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>Cl&amp;oi ar ôl:</translation>
    </message>
    <message>
        <source>After this long without use, starapp hides everyone&apos;s details until the passphrase is typed. Ctrl+L locks at once.</source>
        <translation>Ar ôl cyhyd â hyn heb ddefnydd, mae starapp yn cuddio manylion pawb nes teipio&apos;r cyfrinymadrodd. Mae Ctrl+L yn cloi ar unwaith.</translation>
    </message>
    <message>
        <source> minute</source>
        <translation> munud</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>The language of starapp&apos;s menus and windows</source>
        <translation>Iaith dewislenni a ffenestri starapp</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Iaith y rhyngwyneb:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dilyn y system</translation>
    </message>
    <message>
        <source>High contrast: white on black</source>
        <translation>Cyferbyniad uchel: gwyn ar ddu</translation>
    </message>
    <message>
        <source>Usual colours</source>
        <translation>Y lliwiau arferol</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Cyferbyniad</translation>
    </message>
    <message>
        <source>High contrast draws windows and the star in white, black and yellow</source>
        <translation>Mae cyferbyniad uchel yn darlunio ffenestri a&apos;r seren mewn gwyn, du a melyn</translation>
    </message>
    <message>
        <source>&amp;Contrast:</source>
        <translation>C&amp;yferbyniad:</translation>
    </message>
    <message>
        <source>The change takes effect when starapp restarts.</source>
        <translation>Bydd y newid yn dod i rym pan fydd starapp yn ailgychwyn.</translation>
    </message>
    <message>
        <source>&amp;Ask for recorded consent before a reading is saved</source>
        <translation>&amp;Gofyn am ganiatâd wedi&apos;i gofnodi cyn cadw darlleniad</translation>
    </message>
    <message>
        <source>Require consent before a reading</source>
        <translation>Mynnu caniatâd cyn darlleniad</translation>
    </message>
    <message>
        <source>A reading can start only for someone whose consent is recorded</source>
        <translation>Dim ond i rywun y mae ei ganiatâd wedi&apos;i gofnodi y gall darlleniad ddechrau</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>Ca&amp;dw cofnodion…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Cadw cofnodion</translation>
    </message>
    <message>
        <source>How long records are kept: archive and erase people after some months</source>
        <translation>Am ba hyd y cedwir cofnodion: archifo a dileu pobl ar ôl rhai misoedd</translation>
    </message>
    <message>
        <source>The person&apos;s consent (given or not, when, how and for what) is recorded on their page.</source>
        <translation>Mae caniatâd y person (wedi&apos;i roi neu beidio, pryd, sut ac ar gyfer beth) wedi&apos;i gofnodi ar ei dudalen.</translation>
    </message>
    <message>
        <source>Retention: people with no reading for some months can be archived, and archived people erased later, with a preview before anything happens.</source>
        <translation>Cadw cofnodion: gellir archifo pobl heb ddarlleniad ers rhai misoedd, a dileu pobl wedi&apos;u harchifo yn nes ymlaen, gyda rhagolwg cyn i ddim ddigwydd.</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>Mae&apos;r cyfrinymadrodd wedi newid. Defnyddiwch yr un newydd o hyn ymlaen.</translation>
    </message>
    <message>
        <source>starapp</source>
        <translation>starapp</translation>
    </message>
    <message>
        <source>The auto-lock time and language could not be saved in {file}, so they last only until starapp closes. Ask your support contact to make that folder writable.</source>
        <translation>Nid oedd modd cadw&apos;r amser cloi awtomatig a&apos;r iaith yn {file}, felly dim ond nes i starapp gau y maen nhw&apos;n para. Gofynnwch i&apos;ch cyswllt cymorth wneud y ffolder honno&apos;n ysgrifenadwy.</translation>
    </message>
</context>
<context>
    <name>StarWidget</name>
    <message>
        <source>Click or drag along a spoke to score an area, or use the keyboard: Left and Right choose the area, a digit or Up and Down set the score.</source>
        <translation>Cliciwch neu lusgo ar hyd braich i sgorio maes, neu defnyddiwch y bysellfwrdd: mae Chwith a De yn dewis y maes, mae digid neu I fyny ac I lawr yn gosod y sgôr.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>Their own view</source>
        <translation>Eu barn eu hunain</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Amherthnasol</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Heb sgôr</translation>
    </message>
    <message>
        <source>{score} of {max} — {stage}</source>
        <translation>{score} o {max} — {stage}</translation>
    </message>
    <message>
        <source>Their own score: {score}</source>
        <translation>Eu sgôr eu hunain: {score}</translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message>
        <source>{n} people</source>
        <translation>{n} o bobl</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>1 reading</source>
        <translation>1 darlleniad</translation>
    </message>
    <message>
        <source>{n} readings</source>
        <translation>{n} o ddarlleniadau</translation>
    </message>
    <message>
        <source>{n} archived</source>
        <translation>{n} wedi&apos;u harchifo</translation>
    </message>
    <message>
        <source>1 draft</source>
        <translation>1 drafft</translation>
    </message>
    <message>
        <source>{n} drafts</source>
        <translation>{n} o ddrafftiau</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>All set</source>
        <translation>Popeth yn barod</translation>
    </message>
    <message>
        <source>This is how starapp is set up. Change any of it later in Settings.</source>
        <translation>Dyma sut mae starapp wedi&apos;i osod. Newidiwch unrhyw ran ohono yn nes ymlaen yn y Gosodiadau.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>{name}: no password or token for this session (this computer has no keyring). Type it in Tools → Sync targets.</source>
        <translation>{name}: dim cyfrinair na thocyn ar gyfer y sesiwn hon (nid oes cylch allweddi ar y cyfrifiadur hwn). Teipiwch ef yn Offer → Cyrchfannau cysoni.</translation>
    </message>
    <message>
        <source>Sync stopped with an unexpected error; it will try again. The details are in the log file.</source>
        <translation>Stopiodd y cysoni oherwydd gwall annisgwyl; bydd yn rhoi cynnig arall arni. Mae&apos;r manylion yn y ffeil log.</translation>
    </message>
    <message>
        <source>Sync cannot open the data file: {error}</source>
        <translation>Ni all y cysoni agor y ffeil ddata: {error}</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>Sync details</source>
        <translation>Manylion cysoni</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cyrchfan</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Llwyddiant diwethaf</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Sync targets</source>
        <translation>Cyrchfannau cysoni</translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation>&amp;Rhoi cynnig arall arni</translation>
    </message>
    <message>
        <source>Clear “needs attention” and try this target now (after fixing the cause)</source>
        <translation>Clirio “angen sylw” a rhoi cynnig ar y gyrchfan hon nawr (ar ôl trwsio&apos;r achos)</translation>
    </message>
    <message>
        <source>Sync &amp;targets…</source>
        <translation>&amp;Cyrchfannau cysoni…</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bwndel</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Danfon</translation>
    </message>
    <message>
        <source>Bundles waiting to be delivered</source>
        <translation>Bwndeli sy&apos;n aros i&apos;w danfon</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Wedi&apos;i ddanfon</translation>
    </message>
    <message>
        <source>Bundles delivered</source>
        <translation>Bwndeli wedi&apos;u danfon</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cyrchfannau</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Yn aros</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Cysoni &amp;nawr</translation>
    </message>
    <message>
        <source>This computer seems to be online.</source>
        <translation>Mae&apos;n ymddangos bod y cyfrifiadur hwn ar-lein.</translation>
    </message>
    <message>
        <source>This computer seems to be offline; changes wait here safely.</source>
        <translation>Mae&apos;n ymddangos bod y cyfrifiadur hwn all-lein; mae newidiadau&apos;n aros yma&apos;n ddiogel.</translation>
    </message>
    <message>
        <source>starapp cannot tell whether it is online.</source>
        <translation>Ni all starapp ddweud a yw ar-lein.</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>Yn cysoni nawr…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <source>Last successful sync: {when}.</source>
        <translation>Y cysoni llwyddiannus diwethaf: {when}.</translation>
    </message>
    <message>
        <source>No sync target is set up yet, so changes wait on this computer.</source>
        <translation>Nid oes cyrchfan cysoni wedi&apos;i gosod eto, felly mae newidiadau&apos;n aros ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>{n} changes waiting to be delivered. {doing} {connectivity}</source>
        <translation>Newidiadau&apos;n aros i&apos;w danfon: {n}. {doing} {connectivity}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs attention&lt;/b&gt; (retrying will not help until it is fixed):</source>
        <translation>&lt;b&gt;Angen sylw&lt;/b&gt; (ni fydd rhoi cynnig arall arni yn helpu nes iddo gael ei drwsio):</translation>
    </message>
    <message>
        <source>Needs attention: {reason}</source>
        <translation>Angen sylw: {reason}</translation>
    </message>
    <message>
        <source>Will try again: {error}</source>
        <translation>Bydd yn rhoi cynnig arall arni: {error}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ffolder</translation>
    </message>
    <message>
        <source>WebDAV</source>
        <translation>WebDAV</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>{n} changes are waiting for the next bundle.</source>
        <translation>Newidiadau&apos;n aros am y bwndel nesaf: {n}.</translation>
    </message>
    <message>
        <source>Every change is in a bundle.</source>
        <translation>Mae pob newid mewn bwndel.</translation>
    </message>
    <message>
        <source>no target yet</source>
        <translation>dim cyrchfan eto</translation>
    </message>
    <message>
        <source>Waiting ({n})</source>
        <translation>Yn aros ({n})</translation>
    </message>
    <message>
        <source>exported by hand</source>
        <translation>wedi&apos;i allforio â llaw</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>Pobl: {n}</translation>
    </message>
    <message>
        <source>{n} readings</source>
        <translation>darlleniadau: {n}</translation>
    </message>
    <message>
        <source>{n} action steps</source>
        <translation>camau gweithredu: {n}</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation>dileadau: {n}</translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation>newidiadau: {n}</translation>
    </message>
    <message>
        <source>delivered {when}</source>
        <translation>wedi&apos;i ddanfon {when}</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>yn anfon</translation>
    </message>
    <message>
        <source>conflict: {reason}</source>
        <translation>gwrthdaro: {reason}</translation>
    </message>
    <message>
        <source>waits until the target&apos;s problem is fixed</source>
        <translation>yn aros nes bydd problem y gyrchfan wedi&apos;i thrwsio</translation>
    </message>
    <message>
        <source>not delivered yet ({n} attempts), next try {when}. {error}</source>
        <translation>heb ei ddanfon eto (ymdrechion: {n}), yr ymgais nesaf {when}. {error}</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>yn aros</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Where should readings be sent?</source>
        <translation>I ble y dylid anfon darlleniadau?</translation>
    </message>
    <message>
        <source>When this laptop is online, starapp can send new readings to your organisation: a shared folder, a Nextcloud or WebDAV server, or a web address. Everything also stays on this laptop.</source>
        <translation>Pan fydd y gliniadur hwn ar-lein, gall starapp anfon darlleniadau newydd i&apos;ch sefydliad: ffolder a rennir, gweinydd Nextcloud neu WebDAV, neu gyfeiriad gwe. Mae popeth hefyd yn aros ar y gliniadur hwn.</translation>
    </message>
    <message>
        <source>&amp;Later: I will set it up in Tools → Sync targets</source>
        <translation>Yn n&amp;es ymlaen: byddaf yn ei osod yn Offer → Cyrchfannau cysoni</translation>
    </message>
    <message>
        <source>N&amp;ow</source>
        <translation>N&amp;awr</translation>
    </message>
    <message>
        <source>&amp;Choose where to sync…</source>
        <translation>&amp;Dewis ble i gysoni…</translation>
    </message>
    <message>
        <source>Set up sync later</source>
        <translation>Gosod y cysoni yn nes ymlaen</translation>
    </message>
    <message>
        <source>Nothing is sent until a sync target is set up</source>
        <translation>Nid oes dim yn cael ei anfon nes bydd cyrchfan cysoni wedi&apos;i gosod</translation>
    </message>
    <message>
        <source>Set up sync now</source>
        <translation>Gosod y cysoni nawr</translation>
    </message>
    <message>
        <source>Choose a folder or server to send readings to</source>
        <translation>Dewis ffolder neu weinydd i anfon darlleniadau iddo</translation>
    </message>
    <message>
        <source>Choose where to sync</source>
        <translation>Dewis ble i gysoni</translation>
    </message>
    <message>
        <source>Open the sync targets: a folder, WebDAV server or HTTPS address</source>
        <translation>Agor y cyrchfannau cysoni: ffolder, gweinydd WebDAV neu gyfeiriad HTTPS</translation>
    </message>
    <message>
        <source>Set up: {names}.</source>
        <translation>Wedi&apos;u gosod: {names}.</translation>
    </message>
    <message>
        <source>No sync target yet.</source>
        <translation>Dim cyrchfan cysoni eto.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <source>Send waiting changes to the charity now</source>
        <translation>Anfon newidiadau sy&apos;n aros at yr elusen nawr</translation>
    </message>
    <message>
        <source>This computer seems to be online.</source>
        <translation>Mae&apos;n ymddangos bod y cyfrifiadur hwn ar-lein.</translation>
    </message>
    <message>
        <source>This computer seems to be offline; changes wait here safely.</source>
        <translation>Mae&apos;n ymddangos bod y cyfrifiadur hwn all-lein; mae newidiadau&apos;n aros yma&apos;n ddiogel.</translation>
    </message>
    <message>
        <source>starapp cannot tell whether this computer is online; it will just try.</source>
        <translation>Ni all starapp ddweud a yw&apos;r cyfrifiadur hwn ar-lein; bydd yn rhoi cynnig arni beth bynnag.</translation>
    </message>
    <message>
        <source>{connectivity} Click for the queue and the delivery history.</source>
        <translation>{connectivity} Cliciwch i weld y ciw a hanes y danfon.</translation>
    </message>
    <message>
        <source>Sync status: {text}</source>
        <translation>Statws cysoni: {text}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Yn cysoni…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Cysoni diwethaf: {when}</translation>
    </message>
    <message>
        <source>Needs attention: {reason}</source>
        <translation>Angen sylw: {reason}</translation>
    </message>
    <message>
        <source> (+{n} more)</source>
        <translation> (+{n} arall)</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Nid yw&apos;r cysoni wedi&apos;i osod</translation>
    </message>
    <message>
        <source>{n} waiting — no sync target set up</source>
        <translation>Yn aros: {n} — dim cyrchfan cysoni wedi&apos;i gosod</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>Yn aros: {n}</translation>
    </message>
    <message>
        <source>All changes delivered</source>
        <translation>Pob newid wedi&apos;i ddanfon</translation>
    </message>
    <message>
        <source>{waiting} — online</source>
        <translation>{waiting} — ar-lein</translation>
    </message>
    <message>
        <source>{waiting} — offline</source>
        <translation>{waiting} — all-lein</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Mewnforio bwndeli…</translation>
    </message>
    <message>
        <source>Bring in bundles sent by workers&apos; laptops</source>
        <translation>Dod â bwndeli a anfonwyd gan liniaduron gweithwyr i mewn</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Cysoni &amp;nawr</translation>
    </message>
    <message>
        <source>Sync &amp;details…</source>
        <translation>Manylion cy&amp;soni…</translation>
    </message>
    <message>
        <source>Sync &amp;targets…</source>
        <translation>&amp;Cyrchfannau cysoni…</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Sync targets</source>
        <translation>Cyrchfannau cysoni</translation>
    </message>
    <message>
        <source>When this computer is online, starapp sends new and changed records to each target below. The data file itself never goes there.</source>
        <translation>Pan fydd y cyfrifiadur hwn ar-lein, mae starapp yn anfon cofnodion newydd a rhai sydd wedi newid i bob cyrchfan isod. Nid yw&apos;r ffeil ddata ei hun byth yn mynd yno.</translation>
    </message>
    <message>
        <source>Choose a target to change it</source>
        <translation>Dewiswch gyrchfan i&apos;w newid</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Tynnu…</translation>
    </message>
    <message>
        <source>e.g. Charity cloud</source>
        <translation>e.e. Cwmwl yr elusen</translation>
    </message>
    <message>
        <source>A folder (cloud-drive folder or USB stick)</source>
        <translation>Ffolder (ffolder gyriant cwmwl neu gof bach)</translation>
    </message>
    <message>
        <source>A WebDAV server (Nextcloud, ownCloud)</source>
        <translation>Gweinydd WebDAV (Nextcloud, ownCloud)</translation>
    </message>
    <message>
        <source>An HTTPS address the charity gave you</source>
        <translation>Cyfeiriad HTTPS a roddodd yr elusen i chi</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Only if the charity gave you one</source>
        <translation>Dim ond os rhoddodd yr elusen un i chi</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>D&amp;ewis…</translation>
    </message>
    <message>
        <source>&amp;Save target</source>
        <translation>&amp;Cadw&apos;r gyrchfan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ffolder:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Cyfeiriad &amp;gwe:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Enw &amp;defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Ffeil &amp;CA:</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Ffeil CA</translation>
    </message>
    <message>
        <source>{kind}, needs attention</source>
        <translation>{kind}, angen sylw</translation>
    </message>
    <message>
        <source>Needs attention: {reason} Saving the target clears this and tries again.</source>
        <translation>Angen sylw: {reason} Mae cadw&apos;r gyrchfan yn clirio hyn ac yn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ffolder</translation>
    </message>
    <message>
        <source>N&amp;ew target</source>
        <translation>Cyrchfan &amp;newydd</translation>
    </message>
    <message>
        <source>WebDAV server</source>
        <translation>Gweinydd WebDAV</translation>
    </message>
    <message>
        <source>HTTPS address</source>
        <translation>Cyfeiriad HTTPS</translation>
    </message>
    <message>
        <source>Change “{name}”</source>
        <translation>Newid “{name}”</translation>
    </message>
    <message>
        <source>To rename a target, remove it and add it again.</source>
        <translation>I ailenwi cyrchfan, tynnwch hi a&apos;i hychwanegu eto.</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Cyrchfan newydd</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Tocyn:</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so starapp keeps the password or token only until it closes. You will need to type it here again next time.</source>
        <translation>Nid oes gan y cyfrifiadur hwn gylch allweddi system, felly dim ond nes iddo gau y mae starapp yn cadw&apos;r cyfrinair neu&apos;r tocyn. Bydd angen i chi ei deipio yma eto y tro nesaf.</translation>
    </message>
    <message>
        <source>Leave empty to keep the one given before</source>
        <translation>Gadewch yn wag i gadw&apos;r un a roddwyd o&apos;r blaen</translation>
    </message>
    <message>
        <source>Type it for this session (no keyring on this computer)</source>
        <translation>Teipiwch ef ar gyfer y sesiwn hon (dim cylch allweddi ar y cyfrifiadur hwn)</translation>
    </message>
    <message>
        <source>Saved “{name}”. starapp will send bundles there.</source>
        <translation>Cadwyd “{name}”. Bydd starapp yn anfon bwndeli yno.</translation>
    </message>
    <message>
        <source>The password or token is kept in this computer&apos;s keyring.</source>
        <translation>Mae&apos;r cyfrinair neu&apos;r tocyn yn cael ei gadw yng nghylch allweddi&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>There is no keyring on this computer, so the password or token is kept only until starapp closes.</source>
        <translation>Nid oes cylch allweddi ar y cyfrifiadur hwn, felly dim ond nes i starapp gau y cedwir y cyfrinair neu&apos;r tocyn.</translation>
    </message>
    <message>
        <source>Remove sync target</source>
        <translation>Tynnu cyrchfan cysoni</translation>
    </message>
    <message>
        <source>Stop sending to “{name}”? Nothing already there is deleted, and changes stay on this computer until another target receives them.</source>
        <translation>Rhoi&apos;r gorau i anfon at “{name}”? Nid oes dim sydd yno eisoes yn cael ei ddileu, ac mae newidiadau&apos;n aros ar y cyfrifiadur hwn nes bydd cyrchfan arall yn eu derbyn.</translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation>Tynnwyd “{name}”.</translation>
    </message>
    <message>
        <source>Choose the folder for bundles</source>
        <translation>Dewiswch y ffolder ar gyfer bwndeli</translation>
    </message>
    <message>
        <source>Choose the charity&apos;s CA certificate</source>
        <translation>Dewiswch dystysgrif CA yr elusen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Tystysgrifau (*.pem *.crt *.cer);;Pob ffeil (*)</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>Templates the service uses</source>
        <translation>Templedi y mae&apos;r gwasanaeth yn eu defnyddio</translation>
    </message>
    <message>
        <source>Tick the templates offered when a reading starts</source>
        <translation>Ticiwch y templedi a gynigir pan fydd darlleniad yn dechrau</translation>
    </message>
    <message>
        <source>&amp;Add our own template file…</source>
        <translation>Ychwanegu ein &amp;ffeil templed ein hunain…</translation>
    </message>
    <message>
        <source>Add our own template file</source>
        <translation>Ychwanegu ein ffeil templed ein hunain</translation>
    </message>
    <message>
        <source>Check a template file (JSON) written for your service and add it</source>
        <translation>Gwirio ffeil templed (JSON) a ysgrifennwyd ar gyfer eich gwasanaeth a&apos;i hychwanegu</translation>
    </message>
    <message>
        <source>{n} areas</source>
        <translation>Meysydd: {n}</translation>
    </message>
    <message>
        <source>Tick at least one template: a reading needs one.</source>
        <translation>Ticiwch o leiaf un templed: mae angen un ar ddarlleniad.</translation>
    </message>
    <message>
        <source>Star templates (*.json);;All files (*)</source>
        <translation>Templedi seren (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>{file} is not a template starapp can use, so nothing was added. Ask whoever wrote it to fix this:
{problems}</source>
        <translation>Nid yw {file} yn dempled y gall starapp ei ddefnyddio, felly ni ychwanegwyd dim. Gofynnwch i bwy bynnag a&apos;i hysgrifennodd i drwsio hyn:
{problems}</translation>
    </message>
    <message>
        <source>Added {name} (version {version}, {n} areas).</source>
        <translation>Ychwanegwyd {name} (fersiwn {version}, meysydd: {n}).</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Which stars does your service use?</source>
        <translation>Pa sêr y mae eich gwasanaeth yn eu defnyddio?</translation>
    </message>
    <message>
        <source>Tick the templates offered when a reading starts. starapp comes with three sample templates; your service can add its own.</source>
        <translation>Ticiwch y templedi a gynigir pan fydd darlleniad yn dechrau. Daw starapp gyda thri thempled enghreifftiol; gall eich gwasanaeth ychwanegu ei rai ei hun.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock {file} — starapp</source>
        <translation>Datgloi {file} — starapp</translation>
    </message>
    <message>
        <source>{file} is not a plain data file, and there is no key file ({key}) beside it. If it is an encrypted starapp file, type its recovery key to open it.</source>
        <translation>Nid yw {file} yn ffeil ddata blaen, ac nid oes ffeil allwedd ({key}) wrth ei hochr. Os yw&apos;n ffeil starapp wedi&apos;i hamgryptio, teipiwch ei hallwedd adfer i&apos;w hagor.</translation>
    </message>
    <message>
        <source>The data file {file} is encrypted. Type its passphrase to open it.</source>
        <translation>Mae&apos;r ffeil ddata {file} wedi&apos;i hamgryptio. Teipiwch ei chyfrinymadrodd i&apos;w hagor.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>The passphrase chosen when this data file was made</source>
        <translation>Y cyfrinymadrodd a ddewiswyd pan wnaed y ffeil ddata hon</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>Defnyddio&apos;r allwedd &amp;adfer yn lle hynny</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>The recovery key written down when the file was made</source>
        <translation>Yr allwedd adfer a ysgrifennwyd pan wnaed y ffeil</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Yn datgloi…</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>yr allwedd adfer</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type the {what} first.</source>
        <translation>Teipiwch {what} yn gyntaf.</translation>
    </message>
    <message>
        <source>The file could not be unlocked because of an unexpected problem; the details are in the log file.</source>
        <translation>Nid oedd modd datgloi&apos;r ffeil oherwydd problem annisgwyl; mae&apos;r manylion yn y ffeil log.</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <source>Record withdrawal of consent</source>
        <translation>Cofnodi tynnu caniatâd yn ôl</translation>
    </message>
    <message>
        <source>{ref} no longer agrees to what they consented to. Their details and readings stay as they are; to remove them as well, use Erase person.</source>
        <translation>Nid yw {ref} yn cytuno mwyach i&apos;r hyn y rhoddon nhw ganiatâd iddo. Mae eu manylion a&apos;u darlleniadau&apos;n aros fel y maent; i&apos;w tynnu hefyd, defnyddiwch Dileu person.</translation>
    </message>
    <message>
        <source>Date consent was withdrawn</source>
        <translation>Y dyddiad y tynnwyd y caniatâd yn ôl</translation>
    </message>
    <message>
        <source>The day they told you they withdraw their consent</source>
        <translation>Y diwrnod y dywedon nhw wrthych eu bod yn tynnu eu caniatâd yn ôl</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Galwad ffôn</translation>
    </message>
    <message>
        <source>Letter or email</source>
        <translation>Llythyr neu e-bost</translation>
    </message>
    <message>
        <source>How they withdrew consent</source>
        <translation>Sut y tynnon nhw eu caniatâd yn ôl</translation>
    </message>
    <message>
        <source>How they told you: pick one or type your own</source>
        <translation>Sut y dywedon nhw wrthych: dewiswch un neu deipio eich un eich hun</translation>
    </message>
    <message>
        <source>Optional, in their words</source>
        <translation>Dewisol, yn eu geiriau nhw</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation>Rheswm dros dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Optional: why, if they said</source>
        <translation>Dewisol: pam, os dywedon nhw</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Sut</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Rheswm</translation>
    </message>
    <message>
        <source>Record &amp;withdrawal</source>
        <translation>Cofnodi&apos;r &amp;tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Record that they withdrew their consent</source>
        <translation>Cofnodi eu bod wedi tynnu eu caniatâd yn ôl</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Cofnodi tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Close without recording anything</source>
        <translation>Cau heb gofnodi dim</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
</TS>

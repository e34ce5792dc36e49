// Shell dictionaries and language state. Bokmål is the reference language:
// a key missing in nn or en falls back to nb, then to the key itself, so a
// forgotten string shows up visibly instead of as an empty element.

export const LANGS = ['nb', 'nn', 'en'];
const STORAGE_KEY = 'mentorkit.lang';
const LOCALES = { nb: ['nb-NO', 'no'], nn: ['nn-NO', 'nb-NO', 'no'], en: ['en-GB', 'en'] };

const dictionaries = {
  nb: {
    'app.name': 'Mentorkit',
    'app.titleSuffix': '{title} – Mentorkit',
    'app.starting': 'Starter Mentorkit …',
    'skip.main': 'Hopp til hovedinnhold',
    'nav.label': 'Hovedmeny',
    'nav.home': 'Forside',
    'nav.account': 'Min konto',
    'nav.users': 'Brukere',
    'nav.audit': 'Revisjonslogg',
    'nav.retention': 'Sletting',
    'nav.statistics': 'Statistikk',
    'statistics.title': 'Statistikk',
    'statistics.intro': 'Tall fra alle installerte moduler, uten sakskoder, navn eller id-er. Små tall holdes tilbake, sammen med summer og tall som ville avsløre dem.',
    'statistics.threshold': 'Tall under {threshold} vises ikke.',
    'statistics.suppressed': 'under {threshold}',
    'statistics.total': 'Sum',
    'statistics.category': 'Kategori',
    'statistics.count': 'Antall',
    'statistics.empty': 'Ingen installert modul har statistikk.',
    'statistics.downloadCsv': 'Last ned som CSV',
    'statistics.downloadJson': 'Last ned som JSON',
    'lang.label': 'Språk',
    'user.signedInAs': 'Innlogget som',
    'user.logout': 'Logg ut',
    'footer.text': 'Mentorkit – verktøy for mentorprogram. Opplysningene her er taushetsbelagte.',
    'footer.version': 'Versjon {version}',

    'common.loading': 'Laster …',
    'common.saving': 'Lagrer …',
    'common.save': 'Lagre',
    'common.cancel': 'Avbryt',
    'common.retry': 'Prøv igjen',
    'common.username': 'Brukernavn',
    'common.displayName': 'Visningsnavn',
    'common.password': 'Passord',
    'common.roles': 'Roller',
    'common.never': 'Aldri',
    'common.none': 'Ingen',

    'error.network': 'Fikk ikke kontakt med tjeneren. Sjekk nettverkstilkoblingen og prøv igjen.',
    'error.generic': 'Noe gikk galt. Prøv igjen.',
    'error.forbidden': 'Du har ikke tilgang til å gjøre dette.',
    'problem.required': 'må fylles ut',
    'problem.tooLong': 'kan ha høyst {max} tegn',
    'problem.nationalId': 'ser ut som et fødselsnummer; bruk sakskoden, aldri fødselsnummer',
    'problem.caseCode': 'må se ut som ABC-2026-014 (2–5 store bokstaver, et årstall og et løpenummer på 3–4 sifre)',
    'problem.oneOf': 'må være en av: {allowed}',
    'problem.dateRange': 'må være en dato fra {from} til {to}',
    'problem.dateFormat': 'må være en dato skrevet som ÅÅÅÅ-MM-DD',
    'problem.range': 'må være et tall fra {min} til {max}',
    'problem.mentorId': 'må være en mentors ID (et tall)',
    'problem.userName': 'må ha 2–64 tegn av a–z, 0–9, punktum, understrek eller bindestrek, og begynne med en bokstav eller et siffer',
    'error.startupTitle': 'Mentorkit er ikke tilgjengelig',

    'role.admin': 'Administrator',
    'role.coordinator': 'Koordinator',
    'role.mentor': 'Mentor',
    'role.supervisor': 'Veileder',

    'login.title': 'Logg inn',
    'login.intro': 'Logg inn med brukernavnet og passordet du har fått av administrator.',
    'login.submit': 'Logg inn',
    'login.submitting': 'Logger inn …',
    'login.failed': 'Feil brukernavn eller passord, eller kontoen er deaktivert.',
    'login.retryAfter': 'Prøv igjen om {seconds} sekunder.',
    'login.loggedOut': 'Du er logget ut.',
    'login.expired': 'Økten din er utløpt. Logg inn på nytt.',

    'home.title': 'Velkommen',
    'home.greeting': 'Du er logget inn som {name}.',
    'home.roles': 'Dine roller',
    'home.noRoles': 'Du har ingen roller ennå. Kontakt administrator hvis du mangler tilgang.',
    'home.modules': 'Moduler',
    'home.noModules': 'Ingen moduler er tilgjengelige for deg.',

    'module.version': 'Versjon {version}',
    'module.noPage': 'Har ingen egen side.',
    'module.loading': 'Laster modulen …',
    'module.loadFailed': 'Modulen kunne ikke lastes. Last inn siden på nytt, eller kontakt administrator hvis problemet vedvarer.',
    'module.technical': 'Tekniske detaljer',
    'module.notFoundTitle': 'Fant ikke modulen',
    'module.notFound': 'Det finnes ingen installert modul med id «{id}».',
    'module.removed': 'Modulen er ikke lenger installert.',

    'page.notFoundTitle': 'Fant ikke siden',
    'page.notFound': 'Adressen finnes ikke i Mentorkit.',
    'page.forbiddenTitle': 'Ingen tilgang',
    'page.forbidden': 'Du har ikke tilgang til denne siden.',
    'page.toHome': 'Gå til forsiden',

    'users.title': 'Brukere',
    'users.listHeading': 'Alle brukere',
    'users.caption': 'Brukere i Mentorkit',
    'users.status': 'Status',
    'users.created': 'Opprettet',
    'users.lastLogin': 'Sist innlogget',
    'users.actions': 'Handlinger',
    'users.enabled': 'Aktiv',
    'users.disabled': 'Deaktivert',
    'users.empty': 'Det finnes ingen brukere.',
    'users.edit': 'Endre',
    'users.editUser': 'Endre {username}',
    'users.enable': 'Aktiver',
    'users.enableUser': 'Aktiver {username}',
    'users.disable': 'Deaktiver',
    'users.disableUser': 'Deaktiver {username}',
    'users.selfDisable': 'Du kan ikke deaktivere din egen bruker.',
    'users.createHeading': 'Ny bruker',
    'users.initialPassword': 'Startpassord',
    'users.initialPasswordHint': 'Gi passordet til brukeren på en trygg måte. Brukeren bør bytte det etter første innlogging.',
    'users.create': 'Opprett bruker',
    'users.createdMsg': 'Brukeren {username} er opprettet.',
    'users.editHeading': 'Endre bruker {username}',
    'users.savedMsg': 'Endringene for {username} er lagret.',
    'users.enabledMsg': '{username} er aktivert.',
    'users.disabledMsg': '{username} er deaktivert.',
    'users.resetHeading': 'Sett nytt passord',
    'users.newPassword': 'Nytt passord',
    'users.resetSubmit': 'Sett passord',
    'users.resetMsg': 'Nytt passord er satt for {username}.',

    'audit.title': 'Revisjonslogg',
    'audit.intro': 'Loggen viser hvem som har gjort hva og når. Oppføringene er lenket sammen, slik at endringer i ettertid kan oppdages.',
    'audit.filterHeading': 'Søk i loggen',
    'audit.actor': 'Utført av',
    'audit.action': 'Handling',
    'audit.recordType': 'Posttype',
    'audit.recordId': 'Post-ID',
    'audit.from': 'Fra',
    'audit.to': 'Til',
    'audit.pageSize': 'Oppføringer per side',
    'audit.search': 'Søk',
    'audit.clear': 'Nullstill',
    'audit.badRange': '«Fra» må være før «Til».',
    'audit.caption': 'Oppføringer i revisjonsloggen',
    'audit.id': 'Nr.',
    'audit.at': 'Tidspunkt',
    'audit.module': 'Modul',
    'audit.record': 'Post',
    'audit.remote': 'IP-adresse',
    'audit.detail': 'Detaljer',
    'audit.hash': 'Kontrollsum',
    'audit.actions.user.roles': 'Rolleendring',
    'audit.empty': 'Ingen oppføringer samsvarer med søket.',
    'audit.range': 'Viser {from}–{to} av {total}',
    'audit.pager': 'Sidevelger',
    'audit.prev': 'Forrige side',
    'audit.next': 'Neste side',
    'audit.verifyHeading': 'Kontroll av loggkjeden',
    'audit.verify': 'Kontroller kjeden',
    'audit.verifying': 'Kontrollerer …',
    'audit.valid': 'Kjeden er intakt. {checked} oppføringer er kontrollert.',
    'audit.invalid': 'Kjeden er brutt ved oppføring {id}. {checked} oppføringer ble kontrollert.',

    'account.title': 'Min konto',
    'account.details': 'Brukeropplysninger',
    'account.changeHeading': 'Bytt passord',
    'account.current': 'Nåværende passord',
    'account.new': 'Nytt passord',
    'account.repeat': 'Gjenta nytt passord',
    'account.submit': 'Bytt passord',
    'account.mismatch': 'De to nye passordene er ikke like.',
    'account.changed': 'Passordet er endret.',
    'account.personalData': 'Se alt Mentorkit har lagret om deg',
    'users.personalData': 'Innsyn',
    'users.personalDataOf': 'Innsyn i alt som er lagret om {username}',
    'personalData.title': 'Opplysninger om deg',
    'personalData.titleFor': 'Innsyn: opplysninger om brukeren',
    'personalData.intro': 'Alt Mentorkit har lagret om kontoen, modul for modul, og hvem som har lest opplysningene og når (personvernforordningen artikkel 15). Feil retter du i profilen eller ved å be koordinatoren din om det.',
    'personalData.print': 'Skriv ut',
    'personalData.downloadJson': 'Last ned som JSON',
    'personalData.generated': 'Hentet {when}.',
    'personalData.nothingElse': 'Ingen modul har lagret noe mer om kontoen.',
    'personalData.unreadable': 'Modulen kan ikke vise sine opplysninger her; last ned JSON-filen for å se dem.',
    'personalData.reads': 'Hvem har lest opplysningene',
    'personalData.readsIntro': 'Hver gang noen har åpnet opplysningene over, står det i revisjonsloggen. Nyeste først.',
    'personalData.noReads': 'Ingen har lest opplysningene.',
    'personalData.when': 'Når',
    'personalData.who': 'Hvem',
    'personalData.module': 'Modul',
    'personalData.what': 'Hva',
    'personalData.record': 'Opplysninger om deg',
    'password.rules': 'Minst 12 tegn. Bruk gjerne flere ord som ikke hører sammen; vanlige passord, navn, tastaturmønstre og gjentakelser avvises.',
    'password.weak': 'er for lett å gjette (et vanlig passord, ord, navn, tastaturmønster eller gjentakelse). Bruk en lengre setning av flere ord som ikke hører sammen.',
  },

  nn: {
    'app.starting': 'Startar Mentorkit …',
    'skip.main': 'Hopp til hovudinnhaldet',
    'nav.label': 'Hovudmeny',
    'nav.home': 'Framside',
    'nav.account': 'Kontoen min',
    'nav.users': 'Brukarar',
    'nav.audit': 'Revisjonslogg',
    'nav.retention': 'Sletting',
    'nav.statistics': 'Statistikk',
    'statistics.title': 'Statistikk',
    'statistics.intro': 'Tal frå alle installerte modular, utan sakskodar, namn eller id-ar. Små tal blir haldne tilbake, saman med summar og tal som ville avsløre dei.',
    'statistics.threshold': 'Tal under {threshold} blir ikkje viste.',
    'statistics.suppressed': 'færre enn {threshold}',
    'statistics.total': 'Sum',
    'statistics.category': 'Kategori',
    'statistics.count': 'Tal',
    'statistics.empty': 'Ingen installert modul har statistikk.',
    'statistics.downloadCsv': 'Last ned som CSV',
    'statistics.downloadJson': 'Last ned som JSON',
    'lang.label': 'Språk',
    'user.signedInAs': 'Innlogga som',
    'user.logout': 'Logg ut',
    'footer.text': 'Mentorkit – verktøy for mentorprogram. Opplysningane her er omfatta av teieplikt.',
    'footer.version': 'Versjon {version}',

    'common.loading': 'Lastar …',
    'common.saving': 'Lagrar …',
    'common.save': 'Lagre',
    'common.cancel': 'Avbryt',
    'common.retry': 'Prøv igjen',
    'common.username': 'Brukarnamn',
    'common.displayName': 'Visingsnamn',
    'common.password': 'Passord',
    'common.roles': 'Roller',
    'common.never': 'Aldri',
    'common.none': 'Ingen',

    'error.network': 'Fekk ikkje kontakt med tenaren. Sjekk nettverkssambandet og prøv igjen.',
    'error.generic': 'Noko gjekk gale. Prøv igjen.',
    'error.forbidden': 'Du har ikkje tilgang til å gjere dette.',
    'problem.required': 'må fyllast ut',
    'problem.tooLong': 'kan ha høgst {max} teikn',
    'problem.nationalId': 'ser ut som eit fødselsnummer; bruk sakskoden, aldri fødselsnummer',
    'problem.caseCode': 'må sjå ut som ABC-2026-014 (2–5 store bokstavar, eit årstal og eit løpenummer på 3–4 siffer)',
    'problem.oneOf': 'må vere ein av: {allowed}',
    'problem.dateRange': 'må vere ein dato frå {from} til {to}',
    'problem.dateFormat': 'må vere ein dato skriven som ÅÅÅÅ-MM-DD',
    'problem.range': 'må vere eit tal frå {min} til {max}',
    'problem.mentorId': 'må vere ID-en til ein mentor (eit tal)',
    'problem.userName': 'må ha 2–64 teikn av a–z, 0–9, punktum, understrek eller bindestrek, og byrje med ein bokstav eller eit siffer',
    'error.startupTitle': 'Mentorkit er ikkje tilgjengeleg',

    'role.admin': 'Administrator',
    'role.coordinator': 'Koordinator',
    'role.mentor': 'Mentor',
    'role.supervisor': 'Rettleiar',

    'login.title': 'Logg inn',
    'login.intro': 'Logg inn med brukarnamnet og passordet du har fått av administratoren.',
    'login.submit': 'Logg inn',
    'login.submitting': 'Loggar inn …',
    'login.failed': 'Feil brukarnamn eller passord, eller kontoen er deaktivert.',
    'login.retryAfter': 'Prøv igjen om {seconds} sekund.',
    'login.loggedOut': 'Du er logga ut.',
    'login.expired': 'Økta di har gått ut. Logg inn på nytt.',

    'home.title': 'Velkomen',
    'home.greeting': 'Du er logga inn som {name}.',
    'home.roles': 'Rollene dine',
    'home.noRoles': 'Du har ingen roller enno. Kontakt administratoren dersom du manglar tilgang.',
    'home.modules': 'Modular',
    'home.noModules': 'Ingen modular er tilgjengelege for deg.',

    'module.version': 'Versjon {version}',
    'module.noPage': 'Har inga eiga side.',
    'module.loading': 'Lastar modulen …',
    'module.loadFailed': 'Modulen kunne ikkje lastast. Last inn sida på nytt, eller kontakt administratoren dersom problemet held fram.',
    'module.technical': 'Tekniske detaljar',
    'module.notFoundTitle': 'Fann ikkje modulen',
    'module.notFound': 'Det finst ingen installert modul med id «{id}».',
    'module.removed': 'Modulen er ikkje lenger installert.',

    'page.notFoundTitle': 'Fann ikkje sida',
    'page.notFound': 'Adressa finst ikkje i Mentorkit.',
    'page.forbiddenTitle': 'Inga tilgang',
    'page.forbidden': 'Du har ikkje tilgang til denne sida.',
    'page.toHome': 'Gå til framsida',

    'users.title': 'Brukarar',
    'users.listHeading': 'Alle brukarar',
    'users.caption': 'Brukarar i Mentorkit',
    'users.status': 'Status',
    'users.created': 'Oppretta',
    'users.lastLogin': 'Sist innlogga',
    'users.actions': 'Handlingar',
    'users.enabled': 'Aktiv',
    'users.disabled': 'Deaktivert',
    'users.empty': 'Det finst ingen brukarar.',
    'users.edit': 'Endre',
    'users.editUser': 'Endre {username}',
    'users.enable': 'Aktiver',
    'users.enableUser': 'Aktiver {username}',
    'users.disable': 'Deaktiver',
    'users.disableUser': 'Deaktiver {username}',
    'users.selfDisable': 'Du kan ikkje deaktivere din eigen brukar.',
    'users.createHeading': 'Ny brukar',
    'users.initialPassword': 'Startpassord',
    'users.initialPasswordHint': 'Gje passordet til brukaren på ein trygg måte. Brukaren bør byte det etter første innlogging.',
    'users.create': 'Opprett brukar',
    'users.createdMsg': 'Brukaren {username} er oppretta.',
    'users.editHeading': 'Endre brukaren {username}',
    'users.savedMsg': 'Endringane for {username} er lagra.',
    'users.enabledMsg': '{username} er aktivert.',
    'users.disabledMsg': '{username} er deaktivert.',
    'users.resetHeading': 'Set nytt passord',
    'users.newPassword': 'Nytt passord',
    'users.resetSubmit': 'Set passord',
    'users.resetMsg': 'Nytt passord er sett for {username}.',

    'audit.title': 'Revisjonslogg',
    'audit.intro': 'Loggen viser kven som har gjort kva og når. Oppføringane er lenka saman, slik at endringar i ettertid kan oppdagast.',
    'audit.filterHeading': 'Søk i loggen',
    'audit.actor': 'Utført av',
    'audit.action': 'Handling',
    'audit.recordType': 'Posttype',
    'audit.recordId': 'Post-ID',
    'audit.from': 'Frå',
    'audit.to': 'Til',
    'audit.pageSize': 'Oppføringar per side',
    'audit.search': 'Søk',
    'audit.clear': 'Nullstill',
    'audit.badRange': '«Frå» må vere før «Til».',
    'audit.caption': 'Oppføringar i revisjonsloggen',
    'audit.id': 'Nr.',
    'audit.at': 'Tidspunkt',
    'audit.module': 'Modul',
    'audit.record': 'Post',
    'audit.remote': 'IP-adresse',
    'audit.detail': 'Detaljar',
    'audit.hash': 'Kontrollsum',
    'audit.actions.user.roles': 'Rolleendring',
    'audit.empty': 'Ingen oppføringar samsvarar med søket.',
    'audit.range': 'Viser {from}–{to} av {total}',
    'audit.pager': 'Sideval',
    'audit.prev': 'Førre side',
    'audit.next': 'Neste side',
    'audit.verifyHeading': 'Kontroll av loggkjeden',
    'audit.verify': 'Kontroller kjeden',
    'audit.verifying': 'Kontrollerer …',
    'audit.valid': 'Kjeden er intakt. {checked} oppføringar er kontrollerte.',
    'audit.invalid': 'Kjeden er broten ved oppføring {id}. {checked} oppføringar vart kontrollerte.',

    'account.title': 'Kontoen min',
    'account.details': 'Brukaropplysningar',
    'account.changeHeading': 'Byt passord',
    'account.current': 'Noverande passord',
    'account.new': 'Nytt passord',
    'account.repeat': 'Gjenta nytt passord',
    'account.submit': 'Byt passord',
    'account.mismatch': 'Dei to nye passorda er ikkje like.',
    'account.changed': 'Passordet er endra.',
    'account.personalData': 'Sjå alt Mentorkit har lagra om deg',
    'users.personalData': 'Innsyn',
    'users.personalDataOf': 'Innsyn i alt som er lagra om {username}',
    'personalData.title': 'Opplysningar om deg',
    'personalData.titleFor': 'Innsyn: opplysningar om brukaren',
    'personalData.intro': 'Alt Mentorkit har lagra om kontoen, modul for modul, og kven som har lese opplysningane og når (personvernforordninga artikkel 15). Feil rettar du i profilen eller ved å be koordinatoren din om det.',
    'personalData.print': 'Skriv ut',
    'personalData.downloadJson': 'Last ned som JSON',
    'personalData.generated': 'Henta {when}.',
    'personalData.nothingElse': 'Ingen modul har lagra noko meir om kontoen.',
    'personalData.unreadable': 'Modulen kan ikkje vise opplysningane sine her; last ned JSON-fila for å sjå dei.',
    'personalData.reads': 'Kven har lese opplysningane',
    'personalData.readsIntro': 'Kvar gong nokon har opna opplysningane over, står det i revisjonsloggen. Nyaste først.',
    'personalData.noReads': 'Ingen har lese opplysningane.',
    'personalData.when': 'Når',
    'personalData.who': 'Kven',
    'personalData.module': 'Modul',
    'personalData.what': 'Kva',
    'personalData.record': 'Opplysningar om deg',
    'password.rules': 'Minst 12 teikn. Bruk gjerne fleire ord som ikkje høyrer saman; vanlege passord, namn, tastaturmønster og gjentakingar blir avviste.',
    'password.weak': 'er for lett å gjette (eit vanleg passord, ord, namn, tastaturmønster eller gjentaking). Bruk ei lengre setning av fleire ord som ikkje høyrer saman.',
  },

  en: {
    'app.starting': 'Starting Mentorkit …',
    'skip.main': 'Skip to main content',
    'nav.label': 'Main menu',
    'nav.home': 'Home',
    'nav.account': 'My account',
    'nav.users': 'Users',
    'nav.audit': 'Audit log',
    'nav.retention': 'Retention',
    'nav.statistics': 'Statistics',
    'statistics.title': 'Statistics',
    'statistics.intro': 'Figures from every installed module, without case codes, names or ids. Small counts are withheld, together with totals and counts that would reveal them.',
    'statistics.threshold': 'Counts under {threshold} are not shown.',
    'statistics.suppressed': 'under {threshold}',
    'statistics.total': 'Total',
    'statistics.category': 'Category',
    'statistics.count': 'Count',
    'statistics.empty': 'No installed module has statistics.',
    'statistics.downloadCsv': 'Download as CSV',
    'statistics.downloadJson': 'Download as JSON',
    'lang.label': 'Language',
    'user.signedInAs': 'Signed in as',
    'user.logout': 'Log out',
    'footer.text': 'Mentorkit – tools for mentor programmes. The information here is confidential.',
    'footer.version': 'Version {version}',

    'common.loading': 'Loading …',
    'common.saving': 'Saving …',
    'common.save': 'Save',
    'common.cancel': 'Cancel',
    'common.retry': 'Try again',
    'common.username': 'Username',
    'common.displayName': 'Display name',
    'common.password': 'Password',
    'common.roles': 'Roles',
    'common.never': 'Never',
    'common.none': 'None',

    'error.network': 'Could not reach the server. Check your network connection and try again.',
    'error.generic': 'Something went wrong. Please try again.',
    'error.forbidden': 'You are not allowed to do this.',
    'problem.required': 'is required',
    'problem.tooLong': 'must be at most {max} characters',
    'problem.nationalId': 'looks like a national identity number; use the case code, never a fødselsnummer',
    'problem.caseCode': 'must look like ABC-2026-014 (2-5 capital letters, a year, a 3-4 digit serial)',
    'problem.oneOf': 'must be one of: {allowed}',
    'problem.dateRange': 'must be a date from {from} to {to}',
    'problem.dateFormat': 'must be a date written as YYYY-MM-DD',
    'problem.range': 'must be a number from {min} to {max}',
    'problem.mentorId': "must be a mentor's id (a number)",
    'problem.userName': "must be 2 to 64 of a-z, 0-9, '.', '_' or '-', starting with a letter or digit",
    'error.startupTitle': 'Mentorkit is unavailable',

    'role.admin': 'Administrator',
    'role.coordinator': 'Coordinator',
    'role.mentor': 'Mentor',
    'role.supervisor': 'Supervisor',

    'login.title': 'Log in',
    'login.intro': 'Log in with the username and password you were given by your administrator.',
    'login.submit': 'Log in',
    'login.submitting': 'Logging in …',
    'login.failed': 'Wrong username or password, or the account is disabled.',
    'login.retryAfter': 'Try again in {seconds} seconds.',
    'login.loggedOut': 'You have been logged out.',
    'login.expired': 'Your session has expired. Please log in again.',

    'home.title': 'Welcome',
    'home.greeting': 'You are logged in as {name}.',
    'home.roles': 'Your roles',
    'home.noRoles': 'You have no roles yet. Contact your administrator if you are missing access.',
    'home.modules': 'Modules',
    'home.noModules': 'No modules are available to you.',

    'module.version': 'Version {version}',
    'module.noPage': 'Has no page of its own.',
    'module.loading': 'Loading the module …',
    'module.loadFailed': 'The module could not be loaded. Reload the page, or contact your administrator if the problem persists.',
    'module.technical': 'Technical details',
    'module.notFoundTitle': 'Module not found',
    'module.notFound': 'No installed module has the id “{id}”.',
    'module.removed': 'The module is no longer installed.',

    'page.notFoundTitle': 'Page not found',
    'page.notFound': 'This address does not exist in Mentorkit.',
    'page.forbiddenTitle': 'No access',
    'page.forbidden': 'You do not have access to this page.',
    'page.toHome': 'Go to the home page',

    'users.title': 'Users',
    'users.listHeading': 'All users',
    'users.caption': 'Users in Mentorkit',
    'users.status': 'Status',
    'users.created': 'Created',
    'users.lastLogin': 'Last login',
    'users.actions': 'Actions',
    'users.enabled': 'Active',
    'users.disabled': 'Disabled',
    'users.empty': 'There are no users.',
    'users.edit': 'Edit',
    'users.editUser': 'Edit {username}',
    'users.enable': 'Enable',
    'users.enableUser': 'Enable {username}',
    'users.disable': 'Disable',
    'users.disableUser': 'Disable {username}',
    'users.selfDisable': 'You cannot disable your own account.',
    'users.createHeading': 'New user',
    'users.initialPassword': 'Initial password',
    'users.initialPasswordHint': 'Hand the password to the user securely. They should change it after their first login.',
    'users.create': 'Create user',
    'users.createdMsg': 'User {username} was created.',
    'users.editHeading': 'Edit user {username}',
    'users.savedMsg': 'Changes to {username} were saved.',
    'users.enabledMsg': '{username} is now enabled.',
    'users.disabledMsg': '{username} is now disabled.',
    'users.resetHeading': 'Set a new password',
    'users.newPassword': 'New password',
    'users.resetSubmit': 'Set password',
    'users.resetMsg': 'A new password was set for {username}.',

    'audit.title': 'Audit log',
    'audit.intro': 'The log shows who did what, and when. Entries are chained together so that later tampering can be detected.',
    'audit.filterHeading': 'Search the log',
    'audit.actor': 'Actor',
    'audit.action': 'Action',
    'audit.recordType': 'Record type',
    'audit.recordId': 'Record ID',
    'audit.from': 'From',
    'audit.to': 'To',
    'audit.pageSize': 'Entries per page',
    'audit.search': 'Search',
    'audit.clear': 'Clear',
    'audit.badRange': '“From” must be before “To”.',
    'audit.caption': 'Audit log entries',
    'audit.id': 'No.',
    'audit.at': 'Time',
    'audit.module': 'Module',
    'audit.record': 'Record',
    'audit.remote': 'IP address',
    'audit.detail': 'Details',
    'audit.hash': 'Hash',
    'audit.actions.user.roles': 'Role change',
    'audit.empty': 'No entries match the search.',
    'audit.range': 'Showing {from}–{to} of {total}',
    'audit.pager': 'Pages',
    'audit.prev': 'Previous page',
    'audit.next': 'Next page',
    'audit.verifyHeading': 'Chain verification',
    'audit.verify': 'Verify chain',
    'audit.verifying': 'Verifying …',
    'audit.valid': 'The chain is intact. {checked} entries were checked.',
    'audit.invalid': 'The chain is broken at entry {id}. {checked} entries were checked.',

    'account.title': 'My account',
    'account.details': 'Account details',
    'account.changeHeading': 'Change password',
    'account.current': 'Current password',
    'account.new': 'New password',
    'account.repeat': 'Repeat new password',
    'account.submit': 'Change password',
    'account.mismatch': 'The two new passwords do not match.',
    'account.changed': 'Your password has been changed.',
    'account.personalData': 'See everything Mentorkit holds about you',
    'users.personalData': 'Access',
    'users.personalDataOf': 'Everything held about {username}',
    'personalData.title': 'What we hold about you',
    'personalData.titleFor': 'Subject access: what is held about the user',
    'personalData.intro': 'Everything Mentorkit holds about the account, module by module, and who has read it and when (GDPR article 15). Corrections go through the profile, or ask your coordinator.',
    'personalData.print': 'Print',
    'personalData.downloadJson': 'Download as JSON',
    'personalData.generated': 'Gathered {when}.',
    'personalData.nothingElse': 'No module holds anything more about the account.',
    'personalData.unreadable': 'The module cannot show its records here; download the JSON file to see them.',
    'personalData.reads': 'Who has read it',
    'personalData.readsIntro': 'Every opening of the records above is in the audit log. Newest first.',
    'personalData.noReads': 'Nobody has read the records.',
    'personalData.when': 'When',
    'personalData.who': 'Who',
    'personalData.module': 'Module',
    'personalData.what': 'What',
    'personalData.record': 'Records about you',
    'password.rules': 'At least 12 characters. Several unrelated words work well; common passwords, names, keyboard patterns and repeats are refused.',
    'password.weak': 'is too easy to guess (a common password, word, name, keyboard pattern or repeat). Use a longer phrase of several unrelated words.',
  },
};

const listeners = new Set();
let current = initialLang();

function readStored() {
  try { return localStorage.getItem(STORAGE_KEY); } catch { return null; }
}

function store(lang) {
  // Private browsing modes may refuse storage; the choice then lasts for the page only.
  try { localStorage.setItem(STORAGE_KEY, lang); } catch { /* ignore */ }
}

function initialLang() {
  const fromQuery = new URLSearchParams(location.search).get('lang');
  if (LANGS.includes(fromQuery)) {
    store(fromQuery);
    return fromQuery;
  }
  const stored = readStored();
  return LANGS.includes(stored) ? stored : 'nb';
}

export function getLang() {
  return current;
}

export function setLang(lang) {
  if (!LANGS.includes(lang) || lang === current) return;
  current = lang;
  store(lang);
  document.documentElement.lang = lang;
  for (const fn of listeners) fn(lang);
}

/** Subscribe to language changes; returns an unsubscribe function. */
export function onLangChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function t(key, vars) {
  const text = dictionaries[current][key] ?? dictionaries.nb[key] ?? dictionaries.en[key] ?? key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name) => (vars[name] == null ? m : String(vars[name])));
}

/** Picks the current language from an API label object `{nb, nn, en}`. */
export function label(obj) {
  if (obj == null) return '';
  if (typeof obj === 'string') return obj;
  return obj[current] ?? obj.nb ?? obj.en ?? Object.values(obj)[0] ?? '';
}

/**
 * Lets a UI module contribute its own strings, e.g.
 * addMessages({ nb: { 'cases.title': 'Saker' }, nn: {...}, en: {...} }).
 * Prefix keys with the module id so they cannot shadow shell strings.
 */
export function addMessages(byLang) {
  for (const lang of LANGS) {
    if (byLang?.[lang]) Object.assign(dictionaries[lang], byLang[lang]);
  }
}

/**
 * The server names a weak password in English ("is too easy to guess ..."); this shows it in the user's language.
 * Other field messages pass unchanged.
 */
export function localisePasswordErrors(err) {
  for (const e of err?.errors ?? []) {
    if (typeof e.message === 'string' && e.message.startsWith('is too easy to guess')) {
      e.message = t('password.weak');
    }
  }
  return err;
}

export function roleName(role) {
  const key = `role.${role}`;
  const text = t(key);
  return text === key ? role : text;
}

export function formatDateTime(value) {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(LOCALES[current], { dateStyle: 'short', timeStyle: 'medium' }).format(date);
}

/** A day in the page's language, e.g. '5. desember 2031'. */
export function formatDate(value) {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(LOCALES[current], { dateStyle: 'long' }).format(date);
}

export function formatNumber(n) {
  return new Intl.NumberFormat(LOCALES[current]).format(n);
}

document.documentElement.lang = current;

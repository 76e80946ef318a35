// German (de) texts of every element, loaded on demand by controllers/locale.ts. Register of a
// job application: "Sie". Placeholders as in the English tables.
import type { AccommodationRequestStrings } from '../core/accommodation-strings.js';
import type { ResumeUploadStrings } from '../core/upload-strings.js';

export const resumeUpload: ResumeUploadStrings = {
  label: 'Lebenslauf hochladen',
  requiredMark: '(Pflichtfeld)',
  chooseFile: 'Datei auswählen',
  chooseFiles: 'Dateien auswählen',
  dropOne: 'Datei hier ablegen oder auswählen',
  dropMany: 'Dateien hier ablegen oder auswählen',
  upTo: 'bis {size}',
  upToEach: 'je bis {size}',
  maxFiles: { one: 'höchstens {count} Datei', other: 'höchstens {count} Dateien' },
  bytes: { one: 'Byte', other: 'Byte' },
  units: 'KB MB GB TB',
  listSeparator: ', ',
  remove: 'Entfernen',
  removeName: '{name} entfernen',
  fileList: 'Ausgewählte Dateien',
  added: '{name} hinzugefügt, {size}',
  removed: '{name} entfernt',
  duplicate: '{name} ist bereits in der Liste',
  rejectType: '{name} hat keinen zulässigen Dateityp. Wählen Sie eine Datei im Format {types}.',
  rejectFolder: '{name} ist ein Ordner. Öffnen Sie ihn und wählen Sie eine Datei daraus aus.',
  rejectContent:
    '{name} scheint keine echte {kind}-Datei zu sein: Der Inhalt passt nicht zum Dateinamen. Speichern Sie die Datei erneut als {kind} oder wählen Sie eine andere Datei.',
  rejectUnreadable:
    '{name} konnte nicht gelesen werden. Prüfen Sie die Datei und wählen Sie sie erneut aus.',
  rejectProtected:
    '{name} ist passwortgeschützt, daher können Arbeitgeber die Datei nicht öffnen. Speichern Sie eine Kopie ohne Passwort und wählen Sie diese aus.',
  rejectDamaged:
    '{name} ist beschädigt, daher können Arbeitgeber die Datei nicht öffnen. Speichern Sie sie erneut mit dem Programm, mit dem sie erstellt wurde, oder wählen Sie eine andere Datei.',
  rejectFormat:
    '{name} liegt im Format {format} vor, nicht als {kind}. Speichern Sie die Datei als {kind} oder wählen Sie eine andere Datei.',
  warnMacros: '{name} enthält Makros, die manche Arbeitgeber in ihren Systemen blockieren.',
  warnLegacy:
    '{name} liegt in einem alten Word-Format (Word 6.0 oder 95) vor, das viele Bewerbungssysteme nicht lesen können.',
  warnRestricted:
    '{name} schränkt das Kopieren oder Drucken ein, daher können manche Bewerbungssysteme den Text womöglich nicht lesen.',
  warnEncoding: '{name} verwendet eine Textkodierung, die manche Programme falsch darstellen.',
  warnDamaged: '{name} enthält Fehler, die manche Programme nicht beheben können.',
  warnFormat:
    '{name} ist keine gewöhnliche {kind}-Datei: Word öffnet sie, andere Programme womöglich nicht.',
  warnScripts:
    '{name} enthält Skripte oder Medien, die Arbeitgeber in ihren Systemen blockieren können.',
  warnEmbedded:
    '{name} enthält eingebettete Dateien, die Arbeitgeber in ihren Systemen blockieren können.',
  fixResave: 'Speichern Sie die Datei als DOCX oder PDF und wählen Sie die neue Kopie aus.',
  fixRestricted: 'Speichern Sie eine Kopie ohne Einschränkungen und wählen Sie diese aus.',
  fixEncoding: 'Speichern Sie die Datei als UTF-8-Text und wählen Sie die neue Kopie aus.',
  fixDamaged: 'Öffnen Sie die Datei, speichern Sie sie erneut und wählen Sie die neue Kopie aus.',
  fixRemove: 'Speichern Sie eine Kopie ohne diese Inhalte und wählen Sie sie aus.',
  refusedHere: 'Diese Website nimmt solche Dateien nicht an.',
  rejectSize:
    '{name} ist {size} groß und überschreitet die Grenze von {max}. Wählen Sie eine kleinere Datei.',
  rejectEmpty: '{name} ist leer. Wählen Sie eine Datei mit Inhalt.',
  rejectCount: {
    one: '{name} wurde nicht hinzugefügt: Sie können nur {count} Datei hinzufügen.',
    other:
      '{name} wurde nicht hinzugefügt: Sie können bis zu {count} Dateien hinzufügen. Entfernen Sie eine, um eine andere hinzuzufügen.',
  },
  moreRejected: {
    one: '{count} weitere Datei wurde nicht hinzugefügt.',
    other: '{count} weitere Dateien wurden nicht hinzugefügt.',
  },
  uploading: '{name} wird hochgeladen',
  uploadProgress: '{name}: {percent} hochgeladen',
  uploaded: 'Hochgeladen',
  uploadDone: '{name} wurde hochgeladen',
  cancel: 'Abbrechen',
  cancelName: 'Hochladen von {name} abbrechen',
  retry: 'Erneut versuchen',
  retryName: '{name} erneut hochladen',
  uploadCancelled:
    'Das Hochladen von {name} wurde abgebrochen. Versuchen Sie es erneut oder entfernen Sie die Datei.',
  uploadRetrying: '{name} konnte nicht hochgeladen werden. Neuer Versuch in {seconds} s.',
  uploadNetwork:
    '{name} konnte nicht hochgeladen werden: Die Verbindung ist fehlgeschlagen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  uploadTooLarge: '{name} ist zu groß für den Server. Wählen Sie eine kleinere Datei.',
  uploadRefused:
    'Der Server hat {name} abgelehnt: Dateityp oder Inhalt sind nicht zulässig. Wählen Sie eine andere Datei.',
  uploadForbidden:
    'Sie sind nicht berechtigt, {name} hochzuladen. Melden Sie sich erneut an und versuchen Sie es dann noch einmal.',
  uploadBusy:
    'Der Server ist ausgelastet und konnte {name} nicht annehmen. Versuchen Sie es gleich noch einmal.',
  uploadServer:
    'Beim Speichern von {name} ist auf dem Server ein Problem aufgetreten (Fehler {status}). Versuchen Sie es gleich noch einmal.',
  uploadFailed:
    'Der Server hat {name} nicht angenommen (Fehler {status}). Versuchen Sie es erneut oder wählen Sie eine andere Datei.',
  uploadPending: 'Bitte warten Sie, bis Ihre Datei vollständig hochgeladen ist.',
  notFiles:
    'Hier können nur Dateien abgelegt werden. Ziehen Sie eine Datei von Ihrem Computer hierher oder verwenden Sie die Schaltfläche.',
  required: 'Wählen Sie eine Datei zum Hochladen aus.',
  filled: 'Aus {name} ausgefüllt: {fields}. Bitte prüfen Sie die Angaben vor dem Absenden.',
  filledName: 'Name',
  filledEmail: 'E-Mail',
  filledPhone: 'Telefon',
  filledLocation: 'Wohnort',
  filledLinks: 'Links',
  undo: 'Rückgängig',
  undone: 'Rückgängig gemacht: Die Angaben aus {name} wurden wieder entfernt.',
};

export const accommodationRequest: AccommodationRequestStrings = {
  nameMissing: 'Geben Sie Ihren vollständigen Namen ein',
  emailMissing: 'Geben Sie Ihre E-Mail-Adresse ein',
  emailFormat:
    'Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.com',
  phoneMissing: 'Geben Sie eine Telefonnummer ein, zum Beispiel 01632 960 001 oder +1 555 0100',
  phoneFormat:
    'Geben Sie eine Telefonnummer im richtigen Format ein, zum Beispiel 01632 960 001 oder +1 555 0100',
  stagesMissing: 'Wählen Sie mindestens einen Schritt des Verfahrens aus',
  needsMissing: 'Wählen Sie mindestens eine Möglichkeit aus, die Ihnen helfen würde',
  detailsMissing: 'Beschreiben Sie, was Ihnen helfen würde',
  detailsTooLong: 'Die Angaben dürfen höchstens {max} Zeichen lang sein',
  consentMissing:
    'Bestätigen Sie, dass wir diese Angaben verwenden dürfen, um Ihre Anpassungen zu organisieren',
  company: 'uns',
  intro:
    'Teilen Sie {company} mit, wenn Sie in einem Schritt des Bewerbungsverfahrens oder bei Vorstellungsgesprächen Anpassungen benötigen.',
  privacy:
    'Nur die Personen, die bei {company} Anpassungen organisieren, sehen diese Anfrage. Sie wird getrennt von Ihrer Bewerbung aufbewahrt und nicht für Einstellungsentscheidungen verwendet.',
  name: 'Vollständiger Name',
  email: 'E-Mail-Adresse',
  phone: 'Telefonnummer (optional)',
  phoneHint: 'Wir benötigen sie, wenn Sie einen Anruf wünschen.',
  stages: 'Für welche Schritte benötigen Sie Anpassungen?',
  needs: 'Was würde Ihnen helfen?',
  selectAll: 'Wählen Sie alles Zutreffende aus.',
  'stage-application': 'Bewerbung',
  'stage-phone-screen': 'Telefonisches Erstgespräch',
  'stage-interviews': 'Vorstellungsgespräche',
  'stage-assessment': 'Eignungstest oder Assessment',
  'stage-on-site': 'Termin vor Ort',
  'need-extra-time': 'Mehr Zeit',
  'need-sign-language-interpreter': 'Gebärdensprachdolmetschung',
  'need-captions': 'Untertitel oder Transkripte',
  'need-screen-reader-materials': 'Unterlagen, die mit Screenreadern nutzbar sind',
  'need-step-free-access': 'Stufenloser oder rollstuhlgerechter Zugang',
  'need-breaks': 'Pausen während der Gespräche',
  'need-alternative-format': 'Ein anderes Gesprächsformat',
  'need-questions-in-advance': 'Die Fragen vorab',
  'need-quiet-room': 'Ein ruhiger Raum',
  'need-support-person': 'Eine Begleitperson oder ein Assistenztier',
  'need-something-else': 'Etwas anderes',
  details: 'Einzelheiten',
  detailsHint:
    'Beschreiben Sie, was Ihnen helfen würde. Sie müssen uns keine Erkrankung und keine Diagnose nennen. Pflichtfeld, wenn Sie „Etwas anderes“ auswählen.',
  limit: 'Sie können bis zu {max} Zeichen eingeben',
  remaining: { one: 'Sie haben noch {count} Zeichen', other: 'Sie haben noch {count} Zeichen' },
  over: { one: 'Sie haben {count} Zeichen zu viel', other: 'Sie haben {count} Zeichen zu viel' },
  contact: 'Wie sollen wir Sie kontaktieren?',
  contactEmail: 'E-Mail',
  contactPhone: 'Telefon (auch über einen Vermittlungsdienst)',
  consent:
    'Ich bin damit einverstanden, dass diese Angaben nur zur Organisation meiner Anpassungen verwendet werden',
  submit: 'Anfrage senden',
  sending: 'Wird gesendet…',
  errorTitle: 'Es gibt ein Problem',
  failedNetwork:
    'Ihre Anfrage konnte nicht gesendet werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  failedStatus:
    'Ihre Anfrage konnte nicht gesendet werden. Der Server hat mit {status} geantwortet. Versuchen Sie es erneut oder wenden Sie sich an {company}.',
  retry: 'Erneut versuchen',
  sentEmail: 'Anfrage gesendet – wir melden uns per E-Mail bei Ihnen',
  sentPhone: 'Anfrage gesendet – wir melden uns telefonisch bei Ihnen',
  reference: 'Ihre Referenznummer lautet {id}',
};

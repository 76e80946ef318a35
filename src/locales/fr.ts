// French (fr) texts of every element, loaded on demand by controllers/locale.ts. Register of a
// job application: "vous". Placeholders as in the English tables. French spacing: a no-break
// space (\u00a0) before ":" and inside « », a narrow one (\u202f) before "?" and ";".
import type { AccommodationRequestStrings } from '../core/accommodation-strings.js';
import type { ResumeUploadStrings } from '../core/upload-strings.js';

export const resumeUpload: ResumeUploadStrings = {
  label: 'Déposez votre CV',
  requiredMark: '(obligatoire)',
  chooseFile: 'Choisir un fichier',
  chooseFiles: 'Choisir des fichiers',
  dropOne: 'Glissez un fichier ici ou parcourez vos dossiers',
  dropMany: 'Glissez des fichiers ici ou parcourez vos dossiers',
  upTo: 'jusqu’à {size}',
  upToEach: 'jusqu’à {size} chacun',
  maxFiles: {
    one: '{count} fichier au maximum',
    many: '{count} de fichiers au maximum',
    other: '{count} fichiers au maximum',
  },
  bytes: { one: 'octet', many: 'd’octets', other: 'octets' },
  units: 'Ko Mo Go To',
  listSeparator: ', ',
  remove: 'Retirer',
  removeName: 'Retirer {name}',
  fileList: 'Fichiers sélectionnés',
  added: '{name} ajouté, {size}',
  removed: '{name} retiré',
  duplicate: '{name} figure déjà dans la liste',
  rejectType: '{name} n’est pas un type de fichier accepté. Choisissez un fichier {types}.',
  rejectFolder: '{name} est un dossier. Ouvrez-le et choisissez un fichier qu’il contient.',
  rejectContent:
    '{name} ne semble pas être un vrai fichier {kind}\u00a0: son contenu ne correspond pas à son nom. Enregistrez-le de nouveau au format {kind} ou choisissez un autre fichier.',
  rejectUnreadable: 'Impossible de lire {name}. Vérifiez le fichier et choisissez-le de nouveau.',
  rejectProtected:
    '{name} est protégé par un mot de passe\u00a0: les employeurs ne pourront pas l’ouvrir. Enregistrez-en une copie sans mot de passe et choisissez-la.',
  rejectDamaged:
    '{name} est endommagé\u00a0: les employeurs ne pourront pas l’ouvrir. Enregistrez-le de nouveau depuis le programme qui l’a créé ou choisissez un autre fichier.',
  rejectFormat:
    '{name} est au format {format} et non {kind}. Enregistrez-le au format {kind} ou choisissez un autre fichier.',
  warnMacros: '{name} contient des macros, que les systèmes de certains employeurs bloquent.',
  warnLegacy:
    '{name} est dans un ancien format Word (Word 6.0 ou 95) que beaucoup de systèmes de recrutement ne savent pas lire.',
  warnRestricted:
    '{name} interdit la copie ou l’impression\u00a0: certains systèmes de recrutement risquent de ne pas en lire le texte.',
  warnEncoding: '{name} utilise un encodage de texte que certains programmes lisent mal.',
  warnDamaged: '{name} comporte des erreurs que certains programmes ne savent pas réparer.',
  warnFormat:
    '{name} n’est pas un fichier {kind} standard\u00a0: Word l’ouvre, mais d’autres programmes risquent de ne pas y parvenir.',
  warnScripts:
    '{name} contient des scripts ou des médias que les systèmes des employeurs peuvent bloquer.',
  warnEmbedded:
    '{name} contient d’autres fichiers incorporés, que les systèmes des employeurs peuvent bloquer.',
  fixResave: 'Enregistrez-le au format DOCX ou PDF et choisissez la nouvelle copie.',
  fixRestricted: 'Enregistrez-en une copie sans restrictions et choisissez-la.',
  fixEncoding: 'Enregistrez-le en texte UTF-8 et choisissez la nouvelle copie.',
  fixDamaged: 'Ouvrez-le, enregistrez-le de nouveau et choisissez la nouvelle copie.',
  fixRemove: 'Enregistrez-en une copie qui n’en contient pas et choisissez-la.',
  refusedHere: 'Ce site n’accepte pas ce type de fichier.',
  rejectSize:
    '{name} fait {size}, ce qui dépasse la limite de {max}. Choisissez un fichier plus petit.',
  rejectEmpty: '{name} est vide. Choisissez un fichier qui a du contenu.',
  rejectCount: {
    one: '{name} n’a pas été ajouté\u00a0: vous ne pouvez ajouter que {count} fichier.',
    many: '{name} n’a pas été ajouté\u00a0: vous pouvez ajouter jusqu’à {count} de fichiers. Retirez-en un pour en ajouter un autre.',
    other:
      '{name} n’a pas été ajouté\u00a0: vous pouvez ajouter jusqu’à {count} fichiers. Retirez-en un pour en ajouter un autre.',
  },
  moreRejected: {
    one: '{count} autre fichier n’a pas été ajouté.',
    many: '{count} de fichiers supplémentaires n’ont pas été ajoutés.',
    other: '{count} autres fichiers n’ont pas été ajoutés.',
  },
  uploading: 'Envoi de {name} en cours',
  uploadProgress: '{name}\u00a0: {percent} envoyé',
  uploaded: 'Envoyé',
  uploadDone: '{name} envoyé',
  cancel: 'Annuler',
  cancelName: 'Annuler l’envoi de {name}',
  retry: 'Réessayer',
  retryName: 'Réessayer l’envoi de {name}',
  uploadCancelled: 'Envoi de {name} annulé. Réessayez ou retirez le fichier.',
  uploadRetrying: 'Impossible d’envoyer {name}. Nouvelle tentative dans {seconds}\u00a0s.',
  uploadNetwork:
    'Impossible d’envoyer {name}\u00a0: la connexion a échoué. Vérifiez votre connexion et réessayez.',
  uploadTooLarge: '{name} est trop volumineux pour le serveur. Choisissez un fichier plus petit.',
  uploadRefused:
    'Le serveur a refusé {name}\u00a0: son type ou son contenu n’est pas autorisé. Choisissez un autre fichier.',
  uploadForbidden: 'L’envoi de {name} ne vous est pas autorisé. Reconnectez-vous, puis réessayez.',
  uploadBusy: 'Le serveur est occupé et n’a pas pu recevoir {name}. Réessayez dans un instant.',
  uploadServer:
    'Le serveur a rencontré un problème en enregistrant {name} (erreur {status}). Réessayez dans un instant.',
  uploadFailed:
    'Le serveur n’a pas accepté {name} (erreur {status}). Réessayez ou choisissez un autre fichier.',
  uploadPending: 'Attendez la fin de l’envoi de votre fichier.',
  notFiles:
    'Seuls des fichiers peuvent être déposés ici. Faites glisser un fichier depuis votre ordinateur ou utilisez le bouton.',
  required: 'Sélectionnez un fichier à envoyer.',
  filled: 'Rempli à partir de {name} : {fields}. Vérifiez ces informations avant d’envoyer.',
  filledName: 'nom',
  filledEmail: 'adresse e-mail',
  filledPhone: 'téléphone',
  filledLocation: 'lieu de résidence',
  filledLinks: 'liens',
  undo: 'Annuler',
  undone: 'Annulé : ce qui avait été rempli à partir de {name} a été retiré.',
};

export const accommodationRequest: AccommodationRequestStrings = {
  nameMissing: 'Saisissez votre nom complet',
  emailMissing: 'Saisissez votre adresse e-mail',
  emailFormat: 'Saisissez une adresse e-mail au bon format, par exemple nom@exemple.com',
  phoneMissing: 'Saisissez un numéro de téléphone, par exemple 01632 960 001 ou +1 555 0100',
  phoneFormat:
    'Saisissez un numéro de téléphone au bon format, par exemple 01632 960 001 ou +1 555 0100',
  stagesMissing: 'Sélectionnez au moins une étape du processus',
  needsMissing: 'Sélectionnez au moins un élément qui vous aiderait',
  detailsMissing: 'Décrivez ce qui vous aiderait',
  detailsTooLong: 'Les précisions ne doivent pas dépasser {max} caractères',
  consentMissing:
    'Confirmez que nous pouvons utiliser ces informations pour organiser vos aménagements',
  company: 'notre entreprise',
  intro:
    'Si vous avez besoin d’aménagements à une étape de la candidature ou des entretiens, indiquez-le à {company}.',
  privacy:
    'Seules les personnes chargées d’organiser les aménagements pour {company} verront cette demande\u202f; elle est conservée séparément de votre candidature et n’est pas utilisée dans les décisions de recrutement.',
  name: 'Nom complet',
  email: 'Adresse e-mail',
  phone: 'Numéro de téléphone (facultatif)',
  phoneHint: 'Nous en avons besoin si vous souhaitez que nous vous appelions.',
  stages: 'Pour quelles étapes avez-vous besoin d’aménagements\u202f?',
  needs: 'Qu’est-ce qui vous aiderait\u202f?',
  selectAll: 'Sélectionnez toutes les réponses qui s’appliquent.',
  'stage-application': 'Candidature',
  'stage-phone-screen': 'Entretien téléphonique de présélection',
  'stage-interviews': 'Entretiens',
  'stage-assessment': 'Évaluation ou test',
  'stage-on-site': 'Visite sur place',
  'need-extra-time': 'Du temps supplémentaire',
  'need-sign-language-interpreter': 'Un interprète en langue des signes',
  'need-captions': 'Des sous-titres ou des transcriptions',
  'need-screen-reader-materials': 'Des documents compatibles avec les lecteurs d’écran',
  'need-step-free-access': 'Un accès de plain-pied ou pour fauteuil roulant',
  'need-breaks': 'Des pauses pendant les entretiens',
  'need-alternative-format': 'Un autre format d’entretien',
  'need-questions-in-advance': 'Les questions à l’avance',
  'need-quiet-room': 'Une salle calme',
  'need-support-person': 'Une personne accompagnante ou un animal d’assistance',
  'need-something-else': 'Autre chose',
  details: 'Précisions',
  detailsHint:
    'Dites-nous ce qui vous aiderait. Vous n’avez pas à nous indiquer de pathologie ni de diagnostic. Obligatoire si vous sélectionnez «\u00a0Autre chose\u00a0».',
  limit: 'Vous pouvez saisir jusqu’à {max} caractères',
  remaining: {
    one: 'Il vous reste {count} caractère',
    many: 'Il vous reste {count} de caractères',
    other: 'Il vous reste {count} caractères',
  },
  over: {
    one: 'Vous avez {count} caractère en trop',
    many: 'Vous avez {count} de caractères en trop',
    other: 'Vous avez {count} caractères en trop',
  },
  contact: 'Comment préférez-vous que nous vous contactions\u202f?',
  contactEmail: 'E-mail',
  contactPhone: 'Téléphone (les services de relais sont les bienvenus)',
  consent:
    'J’accepte que ces informations soient utilisées uniquement pour organiser mes aménagements',
  submit: 'Envoyer la demande',
  sending: 'Envoi en cours…',
  errorTitle: 'Il y a un problème',
  failedNetwork: 'Votre demande n’a pas pu être envoyée. Vérifiez votre connexion et réessayez.',
  failedStatus:
    'Votre demande n’a pas pu être envoyée. Le serveur a répondu {status}. Réessayez ou contactez {company}.',
  retry: 'Réessayer',
  sentEmail: 'Demande envoyée\u00a0: nous vous contacterons par e-mail',
  sentPhone: 'Demande envoyée\u00a0: nous vous contacterons par téléphone',
  reference: 'Votre numéro de référence est {id}',
};

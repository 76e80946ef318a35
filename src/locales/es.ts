// Spanish (es) texts of every element, loaded on demand by controllers/locale.ts. Register of a
// job application: "usted" or impersonal. Placeholders as in the English tables.
import type { AccommodationRequestStrings } from '../core/accommodation-strings.js';
import type { ResumeUploadStrings } from '../core/upload-strings.js';

export const resumeUpload: ResumeUploadStrings = {
  label: 'Suba su currículum',
  requiredMark: '(obligatorio)',
  chooseFile: 'Elegir archivo',
  chooseFiles: 'Elegir archivos',
  dropOne: 'Arrastre un archivo hasta aquí o selecciónelo',
  dropMany: 'Arrastre archivos hasta aquí o selecciónelos',
  upTo: 'hasta {size}',
  upToEach: 'hasta {size} cada uno',
  maxFiles: {
    one: 'como máximo {count} archivo',
    many: 'como máximo {count} de archivos',
    other: 'como máximo {count} archivos',
  },
  bytes: { one: 'byte', many: 'de bytes', other: 'bytes' },
  units: 'KB MB GB TB',
  listSeparator: ', ',
  remove: 'Quitar',
  removeName: 'Quitar {name}',
  fileList: 'Archivos seleccionados',
  added: 'Se ha añadido {name}, {size}',
  removed: 'Se ha quitado {name}',
  duplicate: '{name} ya está en la lista',
  rejectType: '{name} no es un tipo de archivo admitido. Elija un archivo {types}.',
  rejectFolder: '{name} es una carpeta. Ábrala y elija un archivo que contenga.',
  rejectContent:
    '{name} no parece un archivo {kind} auténtico: su contenido no coincide con su nombre. Guárdelo de nuevo como {kind} o elija otro archivo.',
  rejectUnreadable: 'No se ha podido leer {name}. Compruebe el archivo y vuelva a elegirlo.',
  rejectProtected:
    '{name} está protegido con contraseña, así que las empresas no podrán abrirlo. Guarde una copia sin contraseña y elíjala.',
  rejectDamaged:
    '{name} está dañado, así que las empresas no podrán abrirlo. Guárdelo de nuevo desde el programa con el que lo creó o elija otro archivo.',
  rejectFormat:
    '{name} está en formato {format}, no {kind}. Guárdelo como {kind} o elija otro archivo.',
  warnMacros: '{name} contiene macros, que los sistemas de algunas empresas bloquean.',
  warnLegacy:
    '{name} está en un formato antiguo de Word (Word 6.0 o 95) que muchos sistemas de selección no pueden leer.',
  warnRestricted:
    '{name} impide copiar o imprimir, por lo que algunos sistemas de selección podrían no leer su texto.',
  warnEncoding: '{name} usa una codificación de texto que algunos programas leen mal.',
  warnDamaged: '{name} tiene errores que algunos programas no pueden reparar.',
  warnFormat:
    '{name} no es un archivo {kind} estándar: Word lo abre, pero otros programas quizá no.',
  warnScripts:
    '{name} contiene scripts o contenido multimedia que los sistemas de las empresas pueden bloquear.',
  warnEmbedded:
    '{name} lleva otros archivos incrustados, que los sistemas de las empresas pueden bloquear.',
  fixResave: 'Guárdelo como DOCX o PDF y elija la nueva copia.',
  fixRestricted: 'Guarde una copia sin restricciones y elíjala.',
  fixEncoding: 'Guárdelo como texto UTF-8 y elija la nueva copia.',
  fixDamaged: 'Ábralo, guárdelo de nuevo y elija la nueva copia.',
  fixRemove: 'Guarde una copia sin ellos y elíjala.',
  refusedHere: 'Este sitio no acepta archivos de este tipo.',
  rejectSize: '{name} ocupa {size}, más que el límite de {max}. Elija un archivo más pequeño.',
  rejectEmpty: '{name} está vacío. Elija un archivo que tenga contenido.',
  rejectCount: {
    one: 'No se ha añadido {name}: solo puede añadir {count} archivo.',
    many: 'No se ha añadido {name}: puede añadir hasta {count} de archivos. Quite uno para añadir otro.',
    other:
      'No se ha añadido {name}: puede añadir hasta {count} archivos. Quite uno para añadir otro.',
  },
  moreRejected: {
    one: 'No se ha añadido {count} archivo más.',
    many: 'No se han añadido {count} de archivos más.',
    other: 'No se han añadido {count} archivos más.',
  },
  uploading: 'Subiendo {name}',
  uploadProgress: '{name}: {percent} subido',
  uploaded: 'Subido',
  uploadDone: 'Se ha subido {name}',
  cancel: 'Cancelar',
  cancelName: 'Cancelar la subida de {name}',
  retry: 'Reintentar',
  retryName: 'Reintentar la subida de {name}',
  uploadCancelled: 'Se ha cancelado la subida de {name}. Vuelva a intentarlo o quite el archivo.',
  uploadRetrying: 'No se ha podido subir {name}. Se volverá a intentar dentro de {seconds} s.',
  uploadNetwork:
    'No se ha podido subir {name}: ha fallado la conexión. Compruebe su conexión y vuelva a intentarlo.',
  uploadTooLarge: '{name} es demasiado grande para el servidor. Elija un archivo más pequeño.',
  uploadRefused:
    'El servidor ha rechazado {name}: su tipo o su contenido no están permitidos. Elija otro archivo.',
  uploadForbidden:
    'No tiene permiso para subir {name}. Vuelva a iniciar sesión y después inténtelo de nuevo.',
  uploadBusy:
    'El servidor está ocupado y no ha podido recibir {name}. Vuelva a intentarlo en unos instantes.',
  uploadServer:
    'El servidor ha tenido un problema al guardar {name} (error {status}). Vuelva a intentarlo en unos instantes.',
  uploadFailed:
    'El servidor no ha aceptado {name} (error {status}). Vuelva a intentarlo o elija otro archivo.',
  uploadPending: 'Espere a que termine de subirse su archivo.',
  notFiles:
    'Aquí solo se pueden soltar archivos. Arrastre un archivo desde su equipo o utilice el botón.',
  required: 'Seleccione un archivo para subirlo.',
  filled: 'Hemos rellenado su {fields} a partir de {name}. Revíselos antes de enviar.',
  filledName: 'nombre',
  filledEmail: 'correo electrónico',
  filledPhone: 'teléfono',
  filledLocation: 'ubicación',
  filledLinks: 'enlaces',
  undo: 'Deshacer',
  undone: 'Deshecho: se ha quitado lo rellenado a partir de {name}.',
};

export const accommodationRequest: AccommodationRequestStrings = {
  nameMissing: 'Introduzca su nombre completo',
  emailMissing: 'Introduzca su dirección de correo electrónico',
  emailFormat:
    'Introduzca una dirección de correo electrónico con un formato correcto, como nombre@ejemplo.com',
  phoneMissing: 'Introduzca un número de teléfono, como 01632 960 001 o +1 555 0100',
  phoneFormat:
    'Introduzca un número de teléfono con un formato correcto, como 01632 960 001 o +1 555 0100',
  stagesMissing: 'Seleccione al menos una etapa del proceso',
  needsMissing: 'Seleccione al menos una opción que le ayudaría',
  detailsMissing: 'Describa qué le ayudaría',
  detailsTooLong: 'Los detalles deben tener como máximo {max} caracteres',
  consentMissing: 'Confirme que podemos usar esta información para organizar sus adaptaciones',
  company: 'nuestra empresa',
  intro:
    'Si necesita adaptaciones en cualquier etapa de la candidatura o de las entrevistas, comuníqueselo a {company}.',
  privacy:
    'Solo las personas que organizan las adaptaciones en {company} verán esta solicitud; se guarda por separado de su candidatura y no se utiliza en las decisiones de contratación.',
  name: 'Nombre completo',
  email: 'Correo electrónico',
  phone: 'Número de teléfono (opcional)',
  phoneHint: 'Lo necesitamos si prefiere que le llamemos por teléfono.',
  stages: '¿En qué etapas necesita adaptaciones?',
  needs: '¿Qué le ayudaría?',
  selectAll: 'Seleccione todas las opciones que correspondan.',
  'stage-application': 'Candidatura',
  'stage-phone-screen': 'Entrevista telefónica inicial',
  'stage-interviews': 'Entrevistas',
  'stage-assessment': 'Evaluación o prueba',
  'stage-on-site': 'Visita presencial',
  'need-extra-time': 'Tiempo adicional',
  'need-sign-language-interpreter': 'Intérprete de lengua de signos',
  'need-captions': 'Subtítulos o transcripciones',
  'need-screen-reader-materials': 'Materiales compatibles con lectores de pantalla',
  'need-step-free-access': 'Acceso sin escalones o para silla de ruedas',
  'need-breaks': 'Pausas durante las entrevistas',
  'need-alternative-format': 'Otro formato de entrevista',
  'need-questions-in-advance': 'Las preguntas por adelantado',
  'need-quiet-room': 'Una sala tranquila',
  'need-support-person': 'Una persona de apoyo o un animal de asistencia',
  'need-something-else': 'Otra cosa',
  details: 'Detalles',
  detailsHint:
    'Indíquenos qué le ayudaría. No es necesario que nos informe de ninguna afección ni diagnóstico. Obligatorio si selecciona «Otra cosa».',
  limit: 'Puede escribir hasta {max} caracteres',
  remaining: {
    one: 'Le queda {count} carácter',
    many: 'Le quedan {count} de caracteres',
    other: 'Le quedan {count} caracteres',
  },
  over: {
    one: 'Tiene {count} carácter de más',
    many: 'Tiene {count} de caracteres de más',
    other: 'Tiene {count} caracteres de más',
  },
  contact: '¿Cómo prefiere que nos pongamos en contacto con usted?',
  contactEmail: 'Correo electrónico',
  contactPhone: 'Teléfono (puede usar un servicio de retransmisión)',
  consent: 'Acepto que esta información se utilice únicamente para organizar mis adaptaciones',
  submit: 'Enviar solicitud',
  sending: 'Enviando…',
  errorTitle: 'Hay un problema',
  failedNetwork:
    'No se ha podido enviar su solicitud. Compruebe su conexión y vuelva a intentarlo.',
  failedStatus:
    'No se ha podido enviar su solicitud. El servidor respondió {status}. Vuelva a intentarlo o póngase en contacto con {company}.',
  retry: 'Volver a intentarlo',
  sentEmail: 'Solicitud enviada: nos pondremos en contacto con usted por correo electrónico',
  sentPhone: 'Solicitud enviada: nos pondremos en contacto con usted por teléfono',
  reference: 'Su número de referencia es {id}',
};

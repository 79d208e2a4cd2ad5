// Every visible string of the UI, Vietnamese first. English exists so the language can be switched;
// keep both maps with the same keys. Values are plain text (never HTML); {name} marks a parameter.

const STORAGE_KEY = 'hoso.lang';
const SUPPORTED = ['vi', 'en'];

const vi = {
  'app.name': 'Hồ sơ số',
  'lang.switch': 'EN',
  'lang.switchLabel': 'Chuyển sang tiếng Anh',
  'skip.main': 'Bỏ qua đến nội dung chính',

  'login.pageTitle': 'Hồ sơ số — Đăng nhập',
  'login.heading': 'Đăng nhập',
  'login.intro': 'Hệ thống số hóa và lưu trữ hồ sơ người có công.',
  'login.username': 'Tên đăng nhập',
  'login.password': 'Mật khẩu',
  'login.submit': 'Đăng nhập',
  'login.error': 'Sai tên đăng nhập hoặc mật khẩu.',
  'login.locked': 'Tài khoản tạm bị khóa do đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
  'login.loggedOut': 'Bạn đã đăng xuất.',

  'header.user': 'Người dùng',
  'header.clearance': 'Mức được xem: {name}',
  'header.logout': 'Đăng xuất',

  'search.pageTitle': 'Hồ sơ số — Tra cứu',
  'search.pageTitleQuery': 'Hồ sơ số — Tra cứu: {q}',
  'search.label': 'Tìm kiếm hồ sơ',
  'search.placeholder': 'Tìm theo họ tên, quê quán, mã hồ sơ hoặc nội dung…',
  'search.hint': 'Có thể gõ không dấu, ví dụ: nguyen van thuong hai lang.',
  'search.submit': 'Tìm',
  'search.loading': 'Đang tìm…',
  'search.found': 'Tìm thấy {n} hồ sơ',
  'search.none': 'Không tìm thấy hồ sơ nào phù hợp.',
  'search.empty': 'Nhập từ khóa để tìm hồ sơ.',
  'search.results': 'Kết quả tìm kiếm',
  'search.prev': '‹ Trang trước',
  'search.next': 'Trang sau ›',
  'search.pageOf': 'Trang {page} / {pages}',
  'search.paging': 'Phân trang kết quả',
  'search.birthYear': 'Sinh năm {year}',
  'search.hometown': 'Quê quán: {place}',
  'search.code': 'Mã hồ sơ',
  'search.matchPages': 'Trang khớp: {pages}',
  'search.excerpts': 'Đoạn trích',

  'dossier.pageTitle': 'Hồ sơ số — {title}',
  'dossier.back': '← Quay lại kết quả tìm kiếm',
  'dossier.backHome': '← Về trang tra cứu',
  'dossier.loading': 'Đang tải hồ sơ…',
  'dossier.notFound': 'Không tìm thấy hồ sơ.',
  'dossier.forbidden': 'Bạn không có quyền xem hồ sơ này.',
  'dossier.metadata': 'Thông tin hồ sơ',
  'dossier.code': 'Mã hồ sơ',
  'dossier.fullName': 'Họ và tên',
  'dossier.birthYear': 'Năm sinh',
  'dossier.hometown': 'Quê quán',
  'dossier.category': 'Loại hồ sơ',
  'dossier.confidentiality': 'Độ mật',
  'dossier.status': 'Trạng thái',
  'dossier.pageCount': 'Số trang',
  'dossier.pages': 'Các trang của hồ sơ',
  'dossier.noPages': 'Hồ sơ chưa có trang nào.',
  'dossier.thumbLabel': 'Trang {seq}',
  'dossier.imageFrame': 'Ảnh trang',
  'dossier.pageOf': 'Trang {seq} / {count}',
  'dossier.prevPage': 'Trang trước',
  'dossier.nextPage': 'Trang sau',
  'dossier.zoomOut': 'Thu nhỏ',
  'dossier.zoomIn': 'Phóng to',
  'dossier.zoomFit': 'Vừa khung',
  'dossier.zoomLevel': 'Tỉ lệ {pct}%',
  'dossier.imageAlt': 'Ảnh trang {seq} của hồ sơ {code}',
  'dossier.imageError': 'Không tải được ảnh của trang này.',
  'dossier.text': 'Văn bản nhận dạng (OCR)',
  'dossier.textLoading': 'Đang tải văn bản…',
  'dossier.textMissing': 'Trang này chưa có văn bản nhận dạng.',
  'dossier.textEmpty': 'Không nhận dạng được chữ nào trên trang này.',
  'dossier.textPending': 'Trang đang được nhận dạng; văn bản sẽ có sau ít phút.',
  'dossier.confidence': 'Độ tin cậy nhận dạng: {pct}%',
  'dossier.reason': 'Lý do: {reason}',

  'pageStatus.PENDING': 'Đang nhận dạng',
  'pageStatus.RECOGNIZED': 'Đã nhận dạng',
  'pageStatus.NEEDS_REVIEW': 'Cần kiểm tra',
  'pageStatus.QUARANTINED': 'Cách ly',

  'dossierStatus.DRAFT': 'Dự thảo',
  'dossierStatus.IN_REVIEW': 'Đang duyệt',
  'dossierStatus.ARCHIVED': 'Đã lưu trữ',

  'error.load': 'Đã xảy ra lỗi khi tải dữ liệu (mã {status}). Vui lòng thử lại.',
  'error.network': 'Không kết nối được với máy chủ. Vui lòng thử lại.',
};

const en = {
  'app.name': 'Hồ sơ số',
  'lang.switch': 'VI',
  'lang.switchLabel': 'Switch to Vietnamese',
  'skip.main': 'Skip to main content',

  'login.pageTitle': 'Hồ sơ số — Sign in',
  'login.heading': 'Sign in',
  'login.intro': 'Digitisation and archive of the dossiers of people with meritorious service.',
  'login.username': 'User name',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.error': 'Wrong user name or password.',
  'login.locked': 'Too many failed sign-ins: the account is locked for a few minutes. Please try again later.',
  'login.loggedOut': 'You have signed out.',

  'header.user': 'User',
  'header.clearance': 'Clearance: {name}',
  'header.logout': 'Sign out',

  'search.pageTitle': 'Hồ sơ số — Search',
  'search.pageTitleQuery': 'Hồ sơ số — Search: {q}',
  'search.label': 'Search dossiers',
  'search.placeholder': 'Search by name, hometown, dossier code or content…',
  'search.hint': 'Diacritics are optional, e.g. nguyen van thuong hai lang.',
  'search.submit': 'Search',
  'search.loading': 'Searching…',
  'search.found': 'Found {n} dossiers',
  'search.none': 'No matching dossiers.',
  'search.empty': 'Type a few words to search the dossiers.',
  'search.results': 'Search results',
  'search.prev': '‹ Previous',
  'search.next': 'Next ›',
  'search.pageOf': 'Page {page} of {pages}',
  'search.paging': 'Result pages',
  'search.birthYear': 'Born {year}',
  'search.hometown': 'Hometown: {place}',
  'search.code': 'Dossier code',
  'search.matchPages': 'Matching pages: {pages}',
  'search.excerpts': 'Excerpts',

  'dossier.pageTitle': 'Hồ sơ số — {title}',
  'dossier.back': '← Back to search results',
  'dossier.backHome': '← Back to search',
  'dossier.loading': 'Loading dossier…',
  'dossier.notFound': 'Dossier not found.',
  'dossier.forbidden': 'You may not view this dossier.',
  'dossier.metadata': 'Dossier details',
  'dossier.code': 'Dossier code',
  'dossier.fullName': 'Full name',
  'dossier.birthYear': 'Year of birth',
  'dossier.hometown': 'Hometown',
  'dossier.category': 'Category',
  'dossier.confidentiality': 'Classification',
  'dossier.status': 'Status',
  'dossier.pageCount': 'Pages',
  'dossier.pages': 'Pages of the dossier',
  'dossier.noPages': 'This dossier has no pages yet.',
  'dossier.thumbLabel': 'Page {seq}',
  'dossier.imageFrame': 'Page image',
  'dossier.pageOf': 'Page {seq} of {count}',
  'dossier.prevPage': 'Previous page',
  'dossier.nextPage': 'Next page',
  'dossier.zoomOut': 'Zoom out',
  'dossier.zoomIn': 'Zoom in',
  'dossier.zoomFit': 'Fit width',
  'dossier.zoomLevel': 'Zoom {pct}%',
  'dossier.imageAlt': 'Image of page {seq} of dossier {code}',
  'dossier.imageError': 'The image of this page could not be loaded.',
  'dossier.text': 'Recognised text (OCR)',
  'dossier.textLoading': 'Loading text…',
  'dossier.textMissing': 'This page has no recognised text yet.',
  'dossier.textEmpty': 'No text was recognised on this page.',
  'dossier.textPending': 'This page is still being recognised; its text will follow shortly.',
  'dossier.confidence': 'Recognition confidence: {pct}%',
  'dossier.reason': 'Reason: {reason}',

  'pageStatus.PENDING': 'Being recognised',
  'pageStatus.RECOGNIZED': 'Recognised',
  'pageStatus.NEEDS_REVIEW': 'Needs review',
  'pageStatus.QUARANTINED': 'Quarantined',

  'dossierStatus.DRAFT': 'Draft',
  'dossierStatus.IN_REVIEW': 'In review',
  'dossierStatus.ARCHIVED': 'Archived',

  'confidentiality.UNCLASSIFIED': 'Unclassified',
  'confidentiality.CONFIDENTIAL': 'Confidential',
  'confidentiality.SECRET': 'Secret',
  'confidentiality.TOP_SECRET': 'Top secret',

  'category.MARTYR': 'Martyr',

  'error.load': 'Loading failed (status {status}). Please try again.',
  'error.network': 'The server cannot be reached. Please try again.',
};

const MESSAGES = { vi, en };

const TRANSLATED_ATTRIBUTES = [
  ['placeholder', 'i18nPlaceholder', 'data-i18n-placeholder'],
  ['aria-label', 'i18nAriaLabel', 'data-i18n-aria-label'],
  ['title', 'i18nTitle', 'data-i18n-title'],
];

export function currentLang() {
  let stored = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage may be disabled by policy; Vietnamese is the default then.
  }
  return SUPPORTED.includes(stored) ? stored : 'vi';
}

export function setLang(lang) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Without storage the choice lasts only for this page.
  }
  applyI18n(document, lang);
}

/** The text for key in the current language, Vietnamese when missing, the key itself as a last resort. */
export function t(key, params = {}, lang = currentLang()) {
  const text = MESSAGES[lang]?.[key] ?? vi[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/**
 * A display name sent by the server (always Vietnamese) for an enum value; in English the local map wins
 * when it knows the value.
 */
export function displayName(prefix, value, serverName, lang = currentLang()) {
  if (lang !== 'vi' && MESSAGES[lang]?.[`${prefix}.${value}`]) {
    return MESSAGES[lang][`${prefix}.${value}`];
  }
  return serverName || (vi[`${prefix}.${value}`] ?? value ?? '');
}

export function formatNumber(value, digits = 0, lang = currentLang()) {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** Fills elements marked data-i18n (text), data-i18n-placeholder, data-i18n-aria-label and data-i18n-title. */
export function applyI18n(root = document, lang = currentLang()) {
  document.documentElement.lang = lang;
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n, {}, lang);
  for (const [attr, dataKey, marker] of TRANSLATED_ATTRIBUTES) {
    for (const el of root.querySelectorAll(`[${marker}]`)) {
      el.setAttribute(attr, t(el.dataset[dataKey], {}, lang));
    }
  }
}

/** Wires a button that flips between Vietnamese and English and calls onChange after the static text is redone. */
export function bindLangToggle(button, onChange = () => {}) {
  button.addEventListener('click', () => {
    setLang(currentLang() === 'vi' ? 'en' : 'vi');
    onChange();
  });
}

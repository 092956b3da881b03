import { type CourseTopicName } from '../loans/loan-product.entity';

/** The three courses of the programme, in English, Azerbaijani and Russian. */
export const DEMO_COURSES: {
  topic: CourseTopicName;
  titleEn: string;
  titleAz: string;
  titleRu: string;
  descriptionEn: string;
  descriptionAz: string;
  descriptionRu: string;
}[] = [
  {
    topic: 'ACCOUNTING',
    titleEn: 'Bookkeeping for a small business',
    titleAz: 'Kiçik biznes üçün mühasibat',
    titleRu: 'Бухгалтерия для малого бизнеса',
    descriptionEn: 'Cash book, costs and prices, and planning repayments from takings.',
    descriptionAz: 'Kassa kitabı, xərclər və qiymətlər, ödənişlərin gəlirdən planlaşdırılması.',
    descriptionRu: 'Кассовая книга, расходы и цены, планирование выплат из выручки.',
  },
  {
    topic: 'MARKETING',
    titleEn: 'Finding and keeping customers',
    titleAz: 'Müştəri tapmaq və saxlamaq',
    titleRu: 'Как найти и удержать покупателей',
    descriptionEn: 'Knowing the local market, pricing, selling at markets and online.',
    descriptionAz: 'Yerli bazarı tanımaq, qiymət qoymaq, bazarda və onlayn satış.',
    descriptionRu: 'Местный рынок, ценообразование, продажи на рынке и в интернете.',
  },
  {
    topic: 'MANAGEMENT',
    titleEn: 'Running and growing a business',
    titleAz: 'Biznesi idarə etmək və böyütmək',
    titleRu: 'Управление и развитие бизнеса',
    descriptionEn: 'Planning the season, stock, working with family members and suppliers.',
    descriptionAz: 'Mövsümün planlanması, ehtiyatlar, ailə üzvləri və təchizatçılarla iş.',
    descriptionRu: 'Планирование сезона, запасы, работа с семьёй и поставщиками.',
  },
];

/** Articles with their authors, topics and the incidents they discuss. */
import type { TaxonomyTerm } from '../schemas/taxonomy.ts';
import {
  getCatalog,
  requireEntry,
  type ArticleEntry,
  type AuthorEntry,
  type IncidentEntry,
} from './catalog.ts';

export interface ArticlePage {
  article: ArticleEntry;
  authors: AuthorEntry[];
  topics: TaxonomyTerm[];
  incidents: IncidentEntry[];
}

export async function getArticles(): Promise<ArticleEntry[]> {
  return (await getCatalog()).articles;
}

export async function getArticlePages(): Promise<ArticlePage[]> {
  const catalog = await getCatalog();
  return catalog.articles.map((article) => ({
    article,
    authors: article.data.authors.map((id) =>
      requireEntry(catalog.authorById, id, `${article.file} authors`),
    ),
    topics: article.data.topics.map((id) => requireEntry(catalog.topics, id, `${article.file} topics`)),
    incidents: article.data.incidents.map((id) =>
      requireEntry(catalog.incidentById, id, `${article.file} incidents`),
    ),
  }));
}

export interface AuthorPage {
  author: AuthorEntry;
  articles: ArticleEntry[];
}

export async function getAuthorPages(): Promise<AuthorPage[]> {
  const catalog = await getCatalog();
  return catalog.authors.map((author) => ({
    author,
    articles: catalog.articles.filter((article) => article.data.authors.includes(author.id)),
  }));
}

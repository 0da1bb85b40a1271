export function revalidateSite(
  site: string,
  secret: string,
  plan: { all: true } | { paths: string[] },
): Promise<boolean>;

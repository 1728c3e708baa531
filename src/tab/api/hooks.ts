// Data through hooks over the one API client: load, reload, and know when it is loading or failed.
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { ApiClient } from './client';

export const ApiContext = createContext<ApiClient | null>(null);

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('ApiContext missing');
  return api;
}

export interface Resource<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload(): Promise<void>;
}

/** GETs `path` (null: nothing to load yet) and reloads when it changes or `reload()` is called. */
export function useResource<T>(path: string | null): Resource<T> {
  const api = useApi();
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(path !== null);
  const latest = useRef(path);
  latest.current = path;

  const load = useCallback(async () => {
    if (path === null) return;
    setLoading(true);
    try {
      const result = await api.get<T>(path);
      // A slower answer for an older path must not overwrite the current one.
      if (latest.current === path) {
        setData(result);
        setError(undefined);
      }
    } catch (e) {
      if (latest.current === path) setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      if (latest.current === path) setLoading(false);
    }
  }, [api, path]);

  useEffect(() => {
    void load();
  }, [load]);

  return { data, error, loading, reload: load };
}

// Field problems read in Chinese: field paths become labels with 1-based positions, validation reasons are translated.
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../shared/i18n/errors';
import { describeProblem } from '../../shared/i18n/problems';

describe('field problems in the user’s language', () => {
  it('name the field by its Chinese label and position', () => {
    expect(describeProblem({ field: 'injects[3].channel', reason: 'must not be empty' }, 'zh-CN')).toEqual({ field: '情景注入第 4 项 · 渠道', reason: '不能为空' });
    expect(describeProblem({ field: 'facts.name', reason: 'Too small: expected string to have >=1 characters' }, 'zh-CN')).toEqual({ field: '演练信息 · 名称', reason: '不能为空' });
  });

  it('stay as they are in English', () => {
    expect(describeProblem({ field: 'injects[3].channel', reason: 'must not be empty' }, 'en')).toEqual({ field: 'injects[3].channel', reason: 'must not be empty' });
  });

  it('appear translated under a Chinese error message', () => {
    const msg = errorMessage({ code: 'invalid_input', key: 'invalid_input.fields', params: {}, problems: [{ field: 'due', reason: 'date as YYYY-MM-DD' }] }, 'zh-CN');
    expect(msg).toBe('输入有误,请修改以下字段后重试。\n• 完成时限: 格式不对(日期请写成 YYYY-MM-DD)');
  });
});

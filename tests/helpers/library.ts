// The eight library packs beyond the two seeds, id and Chinese title, for the library tests.
export const LIBRARY = [
  { id: 'bank-run-rumour', title: '挤兑谣言' },
  { id: 'mobile-zero-balance', title: '手机银行故障致余额显示为零' },
  { id: 'customer-data-leak', title: '客户信息泄露' },
  { id: 'elderly-service-conflict', title: '老年客户服务冲突' },
  { id: 'wealth-below-par', title: '理财产品净值破发' },
  { id: 'staff-remark-video', title: '员工不当言论视频' },
  { id: 'branch-crowd', title: '网点聚集围堵' },
  { id: 'card-restriction-complaints', title: '断卡账户受限投诉' },
] as const;
